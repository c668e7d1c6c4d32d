package dev.licx.cli;

import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.index.ClauseIndexer;
import dev.licx.index.ClauseSearcher;
import dev.licx.index.IndexException;
import dev.licx.index.IndexLocation;
import dev.licx.index.IndexSchema;
import dev.licx.index.JudgedQueries;
import dev.licx.index.SearchQuery;
import dev.licx.segmentation.Segment;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code licx bench search}: warm query latency, in process, on an existing index or on a
 * synthetic one of any size built from the SPDX License List's clauses.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Measure warm search latency (p50, p90, p99) over the judged queries, after a warm-up.",
      "With --synthetic N, first build an index of N clauses at --index: real SPDX clauses with words "
          + "swapped, so that no two are alike; report its build time, size on disk and heap."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error.",
      "2:Usage error (also: --synthetic into a directory that is not empty).",
      "5:The index is missing, locked, or not a licx index.",
    })
final class BenchSearchCommand implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index to query (default: the per-user index); with --synthetic, where to build it.")
  Path index;

  @Option(names = "--synthetic", paramLabel = "N", description = "Build a synthetic index of N clauses first.")
  Integer synthetic;

  @Option(names = "--queries", paramLabel = "FILE", defaultValue = "corpus/search/queries.tsv",
      description = "Queries to time (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "50",
      description = "Timed passes over the queries, after as many warm-up passes (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--variant", paramLabel = "NAME", defaultValue = "default",
      description = "Ranking variant to time, as named by 'evaluate-search --compare' (default: ${DEFAULT-VALUE}).")
  String variant;

  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be positive");
    }
    dev.licx.index.Relevance relevance = EvaluateSearchCommand.VARIANTS.get(variant);
    if (relevance == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown variant '" + variant + "'; one of "
          + EvaluateSearchCommand.VARIANTS.keySet());
    }
    Path dir = index != null ? index : IndexLocation.defaultIndex();
    ModelOption.Loaded loaded = model.loadWithFingerprint();
    try {
      if (synthetic != null) {
        if (synthetic < 1) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--synthetic must be positive");
        }
        if (ClauseSearcher.exists(dir) || (Files.isDirectory(dir) && hasFiles(dir))) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--synthetic builds a new index: " + dir + " must be absent or empty");
        }
        buildSynthetic(dir, loaded, synthetic, out);
      }
      List<String> texts = new ArrayList<>();
      JudgedQueries.load(queries, null).queries().forEach(q -> texts.add(q.text()));
      try (ClauseSearcher searcher = ClauseSearcher.open(dir, loaded.model())) {
        searcher.relevance(relevance);
        out.printf(Locale.ROOT, "index %s: %,d documents, %,d clauses, %.1f MB on disk%n", dir, searcher.documents(),
            searcher.clauses(), size(dir) / 1e6);
        for (int r = 0; r < rounds; r++) {
          texts.forEach(t -> searcher.search(SearchQuery.of(t)));
        }
        long[] nanos = new long[texts.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
          for (String t : texts) {
            long start = System.nanoTime();
            searcher.search(SearchQuery.of(t));
            nanos[k++] = System.nanoTime() - start;
          }
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "search (%s), top 10 with identical clauses grouped, %d queries x %d rounds:%n",
            variant, texts.size(), rounds);
        out.printf(Locale.ROOT, "  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms%n", pct(nanos, 0.50),
            pct(nanos, 0.90), pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "  heap in use after GC %.0f MB (max heap %.0f MB); Java %s, %d cores%n",
            (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6, System.getProperty("java.version"),
            rt.availableProcessors());
      }
    } catch (IndexException e) {
      return IndexRun.unavailable(e, spec.commandLine().getErr(), Batch.root(spec).debug);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /**
   * N clauses in documents of 40: each a real SPDX clause (with its type) in which about a
   * fifth of the words are replaced by words drawn from the whole collection, so every clause is
   * distinct but the vocabulary and lengths stay those of licenses.
   */
  private void buildSynthetic(Path dir, ModelOption.Loaded loaded, int n, PrintWriter out) throws IndexException,
      IOException {
    long t0 = System.nanoTime();
    List<Clause> seeds = new ArrayList<>();
    dev.licx.Licx licx = dev.licx.Licx.create(ExtractionLimits.DEFAULT, loaded.model());
    for (String id : SpdxLicenseList.currentIds()) {
      try {
        ClassifiedDocument doc = licx.extract(SpdxLicenseList.extract(id));
        seeds.addAll(doc.clauses());
      } catch (ExtractionException e) {
        // an id listed without a text has nothing to seed; the others are enough
      }
    }
    List<String> vocabulary = new ArrayList<>();
    for (Clause c : seeds) {
      vocabulary.addAll(Arrays.asList(c.text().split("\\s+")));
    }
    long t1 = System.nanoTime();
    SplittableRandom random = new SplittableRandom(42);
    try (ClauseIndexer indexer = ClauseIndexer.open(dir, loaded.model(), loaded.fingerprint(), ExtractionLimits.DEFAULT,
        1)) {
      int perDoc = 40;
      int written = 0;
      for (int d = 0; written < n; d++) {
        String license = String.format(Locale.ROOT, "synthetic-%06d", d);
        List<Clause> clauses = new ArrayList<>(perDoc);
        int offset = 0;
        for (int i = 0; i < perDoc && written < n; i++, written++) {
          Clause seed = seeds.get(random.nextInt(seeds.size()));
          String[] words = seed.text().split("\\s+");
          for (int w = 0; w < words.length; w++) {
            if (random.nextInt(5) == 0) {
              words[w] = vocabulary.get(random.nextInt(vocabulary.size()));
            }
          }
          String text = String.join(" ", words);
          Segment s = new Segment(i, text, offset, offset + text.length(), seed.segment().section(), seed.segment().kind());
          offset += text.length() + 1;
          clauses.add(new Clause(s, seed.classification()));
        }
        indexer.write(new IndexSchema.DocumentInfo(license, license, "Synthetic license " + d, license,
            Integer.toHexString(d)), clauses);
      }
      indexer.commit();
    }
    long t2 = System.nanoTime();
    out.printf(Locale.ROOT, "synthetic index: %,d clauses from %,d SPDX seed clauses; seeds %.1f s, indexing %.1f s "
        + "(%,.0f clauses/s)%n", n, seeds.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9));
    out.printf(Locale.ROOT, "  peak heap (sum of the heap pools' peaks) %.0f MB%n",
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6);
    out.flush();
  }

  private static boolean hasFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isPresent();
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
