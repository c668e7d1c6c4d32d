package dev.licx.cli;

import dev.licx.index.ClauseSearcher;
import dev.licx.index.IndexException;
import dev.licx.index.IndexReport;
import dev.licx.index.IndexSource;
import dev.licx.index.JudgedQueries;
import dev.licx.index.Relevance;
import dev.licx.index.SearchEvaluation;
import dev.licx.index.SearchEvaluator;
import dev.licx.index.SearchHit;
import dev.licx.index.SearchQuery;
import dev.licx.internal.Csv;
import dev.licx.internal.HoldoutList;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code licx evaluate-search}: the search regression. Builds the evaluation index (the bundled
 * SPDX list plus the AI and source-available texts, held-out files left out), runs the judged
 * queries and reports P@5, MRR and nDCG@10 against their targets, OK or FAIL.
 */
@Command(
    name = "evaluate-search",
    mixinStandardHelpOptions = true,
    description = {
      "Measure search relevance on the judged query set: P@5, MRR and nDCG@10, OK or FAIL against the "
          + "targets (P@5 >= 0.80, MRR >= 0.85).",
      "The evaluation index holds the bundled SPDX License List and the ai/ and other/ texts of --texts; "
          + "files listed in --holdout are left out."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:OK: every score meets its target.",
      "1:Internal error.",
      "2:Usage error.",
      "3:The query files or texts could not be read.",
      "4:FAIL: a score is below its target.",
      "5:The --index directory is locked or not a licx index.",
    })
final class EvaluateSearchCommand implements Callable<Integer> {

  static final double TARGET_P5 = 0.80;
  static final double TARGET_MRR = 0.85;

  /** The ranking settings compared in docs/search-quality.md. */
  static final Map<String, Relevance> VARIANTS = variants();

  private static Map<String, Relevance> variants() {
    Relevance d = Relevance.DEFAULT;
    Map<String, Relevance> v = new LinkedHashMap<>();
    v.put("bm25", Relevance.BM25);
    v.put("bm25+type", new Relevance(d.typeBoost(), d.minConfidence(), 0, 0, 0, 0, d.lexical()));
    v.put("bm25+expansion", new Relevance(0, d.minConfidence(), d.expansionTerms(), d.expansionWeight(), 0, 0,
        d.lexical()));
    v.put("bm25+section", new Relevance(0, d.minConfidence(), 0, 0, d.sectionWeight(), 0, 0));
    for (double l : new double[] {0, 0.25, 0.5, 0.75, 1}) {
      v.put((l == d.lexical() ? "default" : "lexical " + l), new Relevance(d.typeBoost(), d.minConfidence(),
          d.expansionTerms(), d.expansionWeight(), d.sectionWeight(), d.feedback(), l));
    }
    v.put("default, feedback 0.5", new Relevance(d.typeBoost(), d.minConfidence(), d.expansionTerms(),
        d.expansionWeight(), d.sectionWeight(), 0.5, d.lexical()));
    return v;
  }

  @Option(names = "--queries", paramLabel = "FILE", defaultValue = "corpus/search/queries.tsv",
      description = "Queries (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--qrels", paramLabel = "FILE", defaultValue = "corpus/search/qrels.tsv",
      description = "Judgments (default: ${DEFAULT-VALUE}).")
  Path qrels;

  @Option(names = "--texts", paramLabel = "DIR", defaultValue = "../shared/licenses",
      description = "License texts; its ai/ and other/ folders join the SPDX list (default: ${DEFAULT-VALUE}).")
  Path texts;

  @Option(names = "--holdout", paramLabel = "FILE",
      description = "Files never used for tuning, left out of the index (default: DIR/../docs/holdout.txt).")
  Path holdout;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Build (or reuse) the evaluation index here instead of a temporary directory.")
  Path index;

  @Option(names = "--compare", description = "Score every ranking variant, not only the default.")
  boolean compare;

  @Option(names = "--per-query", description = "Print each query's scores.")
  boolean perQuery;

  @Option(names = "--pool", paramLabel = "FILE",
      description = "Write the top --pool-depth hits of every variant, per query, to FILE for judging.")
  Path pool;

  @Option(names = "--pool-depth", paramLabel = "N", defaultValue = "20",
      description = "Hits per query and variant in the pool (default: ${DEFAULT-VALUE}).")
  int poolDepth;

  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(queries)) {
      err.println("licx: " + queries + ": no such file");
      return ExitCode.SOME_INPUTS_FAILED;
    }
    if (!Files.isDirectory(texts)) {
      err.println("licx: " + texts + ": no such directory (the ai/ and other/ license texts)");
      return ExitCode.SOME_INPUTS_FAILED;
    }
    JudgedQueries judged;
    try {
      judged = JudgedQueries.load(queries, qrels);
    } catch (IOException | NumberFormatException e) {
      err.println("licx: cannot read the judged queries: " + e.getMessage());
      return ExitCode.SOME_INPUTS_FAILED;
    }
    Set<String> held = HoldoutList.read(holdout != null ? holdout : HoldoutList.beside(texts));
    List<IndexSource> sources = sources(texts, held);
    Path dir = index;
    Path temp = null;
    if (dir == null) {
      temp = Files.createTempDirectory("licx-eval-index");
      dir = temp;
    }
    ModelOption.Loaded loaded = model.loadWithFingerprint();
    try {
      IndexReport r = IndexRun.run(dir, loaded, dev.licx.extraction.ExtractionLimits.DEFAULT, 2, sources, true,
          false, false, err);
      out.printf(Locale.ROOT, "evaluation index: %d documents, %d clauses (%d held-out files left out); "
          + "%d queries, %d judgments%n", r.documents(), r.clauses(), held.size(), judged.queries().size(),
          judged.judgments().values().stream().mapToInt(List::size).sum());
      try (ClauseSearcher searcher = ClauseSearcher.open(dir, loaded.model())) {
        if (pool != null) {
          writePool(judged, searcher);
          out.println("pool written to " + pool);
        }
        Map<String, Relevance> run = compare ? VARIANTS : Map.of("default", Relevance.DEFAULT);
        SearchEvaluation main = null;
        out.printf(Locale.ROOT, "%n%-26s %6s %6s %8s %9s%n", "variant", "P@5", "MRR", "nDCG@10", "judged@10");
        List<SearchEvaluation> all = new ArrayList<>();
        for (Map.Entry<String, Relevance> v : run.entrySet()) {
          SearchEvaluation e = new SearchEvaluator(judged).evaluate(v.getKey(), searcher.relevance(v.getValue()));
          all.add(e);
          out.printf(Locale.ROOT, "%-26s %6.3f %6.3f %8.3f %9.3f%n", e.name(), e.precisionAt5(), e.mrr(),
              e.ndcgAt10(), e.judgedAt10());
          if (v.getKey().equals("default")) {
            main = e;
          }
        }
        searcher.relevance(Relevance.DEFAULT);
        if (perQuery) {
          perQuery(all, out);
        }
        boolean ok = main.precisionAt5() >= TARGET_P5 && main.mrr() >= TARGET_MRR;
        out.printf(Locale.ROOT, "%nP@5 %.3f (target %.2f), MRR %.3f (target %.2f), nDCG@10 %.3f: %s%n",
            main.precisionAt5(), TARGET_P5, main.mrr(), TARGET_MRR, main.ndcgAt10(), ok ? "OK" : "FAIL");
        out.flush();
        return ok ? ExitCode.OK : ExitCode.BELOW_TARGET;
      }
    } catch (IndexException e) {
      return IndexRun.unavailable(e, err, Batch.root(spec).debug);
    } finally {
      if (temp != null) {
        deleteTree(temp);
      }
    }
  }

  /** The evaluation collection: current SPDX licenses and the ai/ and other/ files, minus held-out ones. */
  static List<IndexSource> sources(Path texts, Set<String> held) throws IOException {
    List<IndexSource> out = new ArrayList<>();
    for (IndexSource s : IndexRun.spdxSources()) {
      if (!held.contains("spdx/text/" + s.spdxId() + ".txt")) {
        out.add(s);
      }
    }
    for (String folder : List.of("ai", "other")) {
      Path dir = texts.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(Files::isRegularFile)
            .filter(f -> !held.contains(folder + "/" + f.getFileName()))
            .sorted()
            .forEach(f -> out.add(IndexSource.file(f)));
      }
    }
    return out;
  }

  private void perQuery(List<SearchEvaluation> all, PrintWriter out) {
    out.println();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s", "id"));
    all.forEach(e -> head.append(String.format(Locale.ROOT, " %14s", e.name() + " P5/RR")));
    out.println(head.append("  predicted type  query"));
    for (int i = 0; i < all.get(0).queries().size(); i++) {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-4s", all.get(0).queries().get(i).id()));
      for (SearchEvaluation e : all) {
        SearchEvaluation.PerQuery q = e.queries().get(i);
        b.append(String.format(Locale.ROOT, " %8.1f/%5.2f", q.precisionAt5(), q.reciprocalRank()));
      }
      SearchEvaluation.PerQuery last = all.get(all.size() - 1).queries().get(i);
      out.println(b.append("  ").append(String.format(Locale.ROOT, "%-15s", last.predictedType()))
          .append(' ').append(last.query()));
    }
  }

  /** Union of every variant's top hits per query, with what judging needs; never part of the project. */
  private void writePool(JudgedQueries judged, ClauseSearcher searcher) throws IOException {
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(pool), StandardCharsets.UTF_8))) {
      w.print(Csv.row("query", "query_text", "criterion", "license", "start", "end", "text_hash", "type", "grade",
          "text"));
      for (JudgedQueries.Query q : judged.queries()) {
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        for (Relevance r : VARIANTS.values()) {
          searcher.relevance(r);
          for (SearchHit h : searcher.search(SearchQuery.of(q.text()).withLimit(poolDepth)).hits()) {
            hits.putIfAbsent(h.textHash(), h);
          }
        }
        hits.values().stream().sorted(Comparator.comparing(SearchHit::license).thenComparingInt(SearchHit::start))
            .forEach(h -> w.print(Csv.row(q.id(), q.text(), q.criterion(), h.license(), Integer.toString(h.start()),
                Integer.toString(h.end()), h.textHash(), h.type().id(), Integer.toString(judged.grade(q.id(), h)),
                h.text())));
      }
    }
    searcher.relevance(Relevance.DEFAULT);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
