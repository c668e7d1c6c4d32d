package dev.licx.segmentation;

import dev.licx.internal.HoldoutList;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.TextExtractor;
import dev.licx.internal.Hashing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP sentence model on the gold segmentations (corpus/segmentation/gold) and
 * measures it with cross-validation grouped by license family; see docs/sentence-model.md.
 *
 * <p>A training sample is one block of a gold document exactly as {@link Segmenter} hands it to
 * the sentence splitter (unwrapped, emphasis blanked), with the gold segments inside that block as
 * its sentences. Only text is read; nothing of it is written anywhere but into the model.
 *
 * <p>Run: {@code java -cp target/licx.jar:target/lib/* dev.licx.segmentation.SentenceModelTrainer
 * [--gold DIR] [--texts DIR] [--holdout FILE] [--out FILE]}: prints the cross-validation report, and
 * writes a model trained on all documents when {@code --out} is given.
 */
public final class SentenceModelTrainer {

  public static final String LANGUAGE = "en";

  /** The end-of-sentence characters of OpenNLP's English models. */
  static final char[] EOS_CHARACTERS = {'.', '!', '?'};

  /**
   * Abbreviations after which a sentence of a license never ends (docs/segmentation.md, rule 2,
   * without those that may close a sentence: "etc.", "Inc.", "Ltd.", "Co.", "U.S.").
   */
  static final List<String> ABBREVIATIONS =
      List.of(
          "e.g.", "i.e.", "cf.", "viz.", "vs.", "v.", "no.", "nos.", "sec.", "secs.", "art.",
          "para.", "paras.", "fig.", "mr.", "mrs.", "ms.", "dr.", "prof.", "approx.", "incl.");

  /** Documents sharing at least this share of their word 5-grams are one family (never split). */
  static final double FAMILY_OVERLAP = 0.5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** One gold document: its extracted text, gold spans and training samples. */
  public record GoldDocument(String source, String text, List<int[]> goldSpans, List<SentenceSample> samples) {}

  /** The sentences of one splitter input: gold spans in input coordinates, in order. */
  record BlockGold(Segmenter.SplitterInput input, List<Span> sentences) {}

  private SentenceModelTrainer() {}

  // ---------------------------------------------------------------------------------------------
  // Samples

  /**
   * Reads every gold file under {@code goldDir} (sorted by name), checks the text against its
   * checksum and length, and builds its samples. Fails on a held-out or changed document.
   */
  public static List<GoldDocument> load(Path goldDir, Path textsDir, Set<String> holdout, TextExtractor extractor)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path file : files) {
      docs.add(load(GoldSegmentation.read(file), textsDir, holdout, extractor));
    }
    return docs;
  }

  static GoldDocument load(GoldSegmentation gold, Path textsDir, Set<String> holdout, TextExtractor extractor)
      throws IOException {
    if (holdout.contains(gold.source())) {
      throw new IOException(gold.source() + " is held out for evaluation and must not be trained on");
    }
    Path file = textsDir.resolve(gold.source());
    byte[] bytes = Files.readAllBytes(file);
    if (gold.sha256() != null && !gold.sha256().equalsIgnoreCase(Hashing.sha256(bytes))) {
      throw new IOException(gold.source() + ": checksum differs from the annotated text");
    }
    String text;
    try {
      text = extractor.extract(file).text();
    } catch (ExtractionException e) {
      throw new IOException(gold.source() + ": " + e.getMessage(), e);
    }
    if (gold.characters() >= 0 && gold.characters() != text.length()) {
      throw new IOException(gold.source() + ": extracted text has " + text.length()
          + " characters, gold expects " + gold.characters());
    }
    List<int[]> spans = gold.segments().stream().map(s -> new int[] {s.start(), s.end()}).toList();
    return new GoldDocument(gold.source(), text, spans, samples(text, spans));
  }

  /** The gold sentences of every block the splitter sees, in splitter-input coordinates. */
  static List<BlockGold> blockGold(String text, List<int[]> goldSpans) {
    List<BlockGold> out = new ArrayList<>();
    for (Segmenter.SplitterInput in : new Segmenter((SentenceSplitter) null).splitterInputs(text)) {
      String s = in.text();
      if (s.isEmpty()) {
        continue;
      }
      int first = in.map()[0];
      int last = in.map()[s.length() - 1] + 1;
      List<Span> sentences = new ArrayList<>();
      for (int[] g : goldSpans) {
        int gs = Math.max(g[0], first);
        int ge = Math.min(g[1], last);
        if (gs >= ge) {
          continue;
        }
        int us = 0;
        while (us < s.length() && (in.map()[us] < gs || Layout.isSpace(s.charAt(us)))) {
          us++;
        }
        int ue = s.length();
        while (ue > us && (in.map()[ue - 1] >= ge || Layout.isSpace(s.charAt(ue - 1)))) {
          ue--;
        }
        if (us < ue) {
          sentences.add(new Span(us, ue));
        }
      }
      out.add(new BlockGold(in, sentences));
    }
    return out;
  }

  /**
   * Training samples of a document: one per splitter block with its gold sentences. OpenNLP labels
   * the last end-of-sentence character inside each sentence a split, so a gold segment that does
   * not end in one (a lead-in ending in ":", an item ending in "; and") is joined to the next
   * sentence of its block, or left out when it is the block's last.
   */
  static List<SentenceSample> samples(String text, List<int[]> goldSpans) {
    List<SentenceSample> out = new ArrayList<>();
    for (BlockGold b : blockGold(text, goldSpans)) {
      String s = b.input().text();
      List<Span> sentences = new ArrayList<>();
      int pendingStart = -1;
      for (Span sp : b.sentences()) {
        int start = pendingStart >= 0 ? pendingStart : sp.getStart();
        if (endsWithEos(s, sp)) {
          sentences.add(new Span(start, sp.getEnd()));
          pendingStart = -1;
        } else {
          pendingStart = start;
        }
      }
      if (!sentences.isEmpty()) {
        out.add(new SentenceSample(s, sentences.toArray(new Span[0])));
      }
    }
    return out;
  }

  private static boolean endsWithEos(String s, Span span) {
    int e = span.getEnd();
    while (e > span.getStart() && "\"'\u201d\u2019)]*_ ".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e == span.getStart()) {
      return false;
    }
    char c = s.charAt(e - 1);
    for (char eos : EOS_CHARACTERS) {
      if (c == eos) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Training

  /** How a model is trained. */
  public record Config(String name, String algorithm, int iterations, int cutoff, boolean abbreviations) {

    /** OpenNLP's defaults, made explicit: maxent (GIS), 100 iterations, cutoff 5. */
    public static final Config DEFAULT = new Config("maxent-i100-c5-abbr", GISTrainer.MAXENT_VALUE, 100, 5, true);

    public TrainingParameters parameters() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 1); // one thread: the same events always give the same model
      return p;
    }

    public SentenceDetectorFactory factory() {
      return new SentenceDetectorFactory(LANGUAGE, true, abbreviations ? abbreviationDictionary() : null,
          EOS_CHARACTERS.clone());
    }
  }

  /** The sensitivity variants reported beside the default; the decision uses the default only. */
  static final List<Config> VARIANTS =
      List.of(
          Config.DEFAULT,
          new Config("maxent-i100-c5-noabbr", GISTrainer.MAXENT_VALUE, 100, 5, false),
          new Config("maxent-i100-c1-abbr", GISTrainer.MAXENT_VALUE, 100, 1, true),
          new Config("perceptron-i100-c1-abbr", PerceptronTrainer.PERCEPTRON_VALUE, 100, 1, true));

  static Dictionary abbreviationDictionary() {
    Dictionary d = new Dictionary(false);
    for (String a : ABBREVIATIONS) {
      d.put(new StringList(a));
    }
    return d;
  }

  /** Trains a sentence model with OpenNLP on the documents' samples, in their order. */
  public static SentenceModel train(List<GoldDocument> docs, Config config) throws IOException {
    List<SentenceSample> samples = new ArrayList<>();
    docs.forEach(d -> samples.addAll(d.samples()));
    return SentenceDetectorME.train(LANGUAGE, new CollectionObjectStream<>(samples), config.factory(),
        config.parameters());
  }

  /** A model's bytes. */
  public static byte[] serialize(SentenceModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      model.serialize(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The trained content of a serialized model: every zip entry but the manifest's time stamp,
   * which OpenNLP sets to the time of training. Equal fingerprints mean equal models.
   */
  static String fingerprint(byte[] model) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(model))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] b = zip.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          String m = new String(b, StandardCharsets.ISO_8859_1)
              .replaceAll("(?m)^(#.*|Timestamp=.*)$", "");
          b = m.getBytes(StandardCharsets.ISO_8859_1);
        }
        entries.put(e.getName(), Hashing.sha256(b));
      }
    }
    return Hashing.sha256(entries.toString().getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------------
  // Cross-validation

  /**
   * License families: documents linked (transitively) when the smaller shares at least {@link
   * #FAMILY_OVERLAP} of its word 5-grams with the other. Keyed by the family's first source.
   */
  public static Map<String, List<GoldDocument>> families(List<GoldDocument> docs) {
    List<Set<String>> grams = docs.stream().map(d -> shingles(d.text())).toList();
    int[] parent = new int[docs.size()];
    Arrays.setAll(parent, i -> i);
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        Set<String> a = grams.get(i);
        Set<String> b = grams.get(j);
        long shared = a.stream().filter(b::contains).count();
        if (shared >= FAMILY_OVERLAP * Math.max(1, Math.min(a.size(), b.size()))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<String, List<GoldDocument>> out = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      out.computeIfAbsent(docs.get(find(parent, i)).source(), k -> new ArrayList<>()).add(docs.get(i));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 5)));
    }
    return out;
  }

  /** Scores of one held-out document under the general and the trained model. */
  public record FoldScore(String family, String source, BoundaryScores general, BoundaryScores trained,
      BoundaryScores generalInBlocks, BoundaryScores trainedInBlocks,
      BoundaryScores generalDetectorInBlocks, BoundaryScores trainedDetectorInBlocks) {}

  /**
   * Leave-one-family-out: for each family, trains on all other documents and segments the family's
   * documents with {@code new Segmenter(trained)} and with the general model.
   */
  public static List<FoldScore> crossValidate(List<GoldDocument> docs, Config config) throws IOException {
    return crossValidate(docs, config, families(docs));
  }

  /** Leave-one-document-out, ignoring families: optimistic when near-copies are on both sides. */
  static List<FoldScore> leaveOneDocumentOut(List<GoldDocument> docs, Config config) throws IOException {
    Map<String, List<GoldDocument>> folds = new LinkedHashMap<>();
    docs.forEach(d -> folds.put(d.source(), List.of(d)));
    return crossValidate(docs, config, folds);
  }

  private static List<FoldScore> crossValidate(List<GoldDocument> docs, Config config,
      Map<String, List<GoldDocument>> folds) throws IOException {
    SentenceModel general = SentenceSplitter.loadDefaultModel();
    List<FoldScore> out = new ArrayList<>();
    for (Map.Entry<String, List<GoldDocument>> family : folds.entrySet()) {
      List<GoldDocument> train = docs.stream().filter(d -> !family.getValue().contains(d)).toList();
      SentenceModel trained = train(train, config);
      for (GoldDocument d : family.getValue()) {
        out.add(new FoldScore(family.getKey(), d.source(),
            pipeline(new Segmenter(general), d), pipeline(new Segmenter(trained), d),
            inBlocks(new SentenceSplitter(general)::split, d), inBlocks(new SentenceSplitter(trained)::split, d),
            inBlocks(detectorOnly(general), d), inBlocks(detectorOnly(trained), d)));
      }
    }
    return out;
  }

  /** Boundary scores of the whole segmenter on a document. */
  static BoundaryScores pipeline(Segmenter segmenter, GoldDocument d) {
    return BoundaryScores.of(SegmentationEvaluator.licx(segmenter).apply(d.text()), d.goldSpans());
  }

  private static java.util.function.Function<String, List<Span>> detectorOnly(SentenceModel model) {
    SentenceDetectorME detector = new SentenceDetectorME(model);
    return s -> List.of(detector.sentPosDetect(s));
  }

  /**
   * The sentence splits inside the splitter's blocks alone (where a sentence starts, other than at
   * the start of its block), against the gold splits: what the sentence model decides.
   */
  static BoundaryScores inBlocks(java.util.function.Function<String, List<Span>> splitter, GoldDocument d) {
    BoundaryScores total = new BoundaryScores(0, 0, 0);
    for (BlockGold b : blockGold(d.text(), d.goldSpans())) {
      Set<Integer> predicted = splits(b.input().text(), splitter.apply(b.input().text()));
      Set<Integer> gold = splits(b.input().text(), b.sentences());
      long matched = predicted.stream().filter(gold::contains).count();
      total = total.plus(new BoundaryScores(matched, predicted.size(), gold.size()));
    }
    return total;
  }

  private static Set<Integer> splits(String s, List<Span> sentences) {
    Set<Integer> out = new TreeSet<>();
    for (Span sp : sentences) {
      int start = sp.getStart();
      while (start < sp.getEnd() && Layout.isSpace(s.charAt(start))) {
        start++;
      }
      out.add(start);
    }
    int first = 0;
    while (first < s.length() && Layout.isSpace(s.charAt(first))) {
      first++;
    }
    out.remove(first);
    return out;
  }

  static BoundaryScores sum(List<FoldScore> scores, java.util.function.Function<FoldScore, BoundaryScores> f) {
    return scores.stream().map(f).reduce(new BoundaryScores(0, 0, 0), BoundaryScores::plus);
  }

  /**
   * Paired bootstrap over families (resampled with replacement, fixed seed): the 2.5 and 97.5
   * percentiles of pooled F1(trained) - F1(general).
   */
  static double[] bootstrapF1Difference(List<FoldScore> scores, int rounds, long seed) {
    Map<String, List<FoldScore>> byFamily = new LinkedHashMap<>();
    scores.forEach(s -> byFamily.computeIfAbsent(s.family(), k -> new ArrayList<>()).add(s));
    List<List<FoldScore>> families = new ArrayList<>(byFamily.values());
    SplittableRandom random = new SplittableRandom(seed);
    double[] diffs = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      List<FoldScore> sample = new ArrayList<>();
      for (int i = 0; i < families.size(); i++) {
        sample.addAll(families.get(random.nextInt(families.size())));
      }
      diffs[r] = sum(sample, FoldScore::trained).f1() - sum(sample, FoldScore::general).f1();
    }
    Arrays.sort(diffs);
    return new double[] {diffs[(int) (0.025 * rounds)], diffs[(int) (0.975 * rounds) - 1]};
  }

  // ---------------------------------------------------------------------------------------------
  // Command line

  public static void main(String[] args) throws IOException {
    Path gold = Path.of("corpus/segmentation/gold");
    Path texts = Path.of("../shared/licenses");
    Path holdoutFile = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[++i]);
        case "--texts" -> texts = Path.of(args[++i]);
        case "--holdout" -> holdoutFile = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + " (usage: [--gold DIR] [--texts DIR] [--holdout FILE] [--out MODEL])");
      }
    }
    if (holdoutFile == null) {
      holdoutFile = HoldoutList.beside(texts);
    }
    PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<GoldDocument> docs = load(gold, texts, readHoldout(holdoutFile), new TextExtractor());
    int samples = docs.stream().mapToInt(d -> d.samples().size()).sum();
    int sentences = docs.stream().flatMap(d -> d.samples().stream()).mapToInt(s -> s.getSentences().length).sum();
    o.printf(Locale.ROOT, "%d gold documents, %d training blocks, %d sentences%n", docs.size(), samples, sentences);
    Map<String, List<GoldDocument>> families = families(docs);
    o.printf(Locale.ROOT, "%d folds (leave one family out); families of more than one document:%n", families.size());
    families.values().stream().filter(f -> f.size() > 1)
        .forEach(f -> o.println("  " + f.stream().map(GoldDocument::source).toList()));

    for (Config config : VARIANTS) {
      List<FoldScore> scores = crossValidate(docs, config);
      o.printf(Locale.ROOT, "%n== %s (%s, iterations %d, cutoff %d, abbreviations %s)%s%n", config.name(),
          config.algorithm(), config.iterations(), config.cutoff(), config.abbreviations(),
          config == Config.DEFAULT ? " [decides]" : "");
      if (config == Config.DEFAULT) {
        o.printf(Locale.ROOT, "%-55s %17s %17s%n", "held-out document", "general P/R", "trained P/R");
        for (FoldScore s : scores) {
          o.printf(Locale.ROOT, "%-55s %8.3f/%-8.3f %8.3f/%-8.3f%s%n", s.source(), s.general().precision(),
              s.general().recall(), s.trained().precision(), s.trained().recall(),
              s.general().equals(s.trained()) ? "" : "  *");
        }
      }
      row(o, "segmenter, general model + licx rules", sum(scores, FoldScore::general));
      row(o, "segmenter, trained model + licx rules", sum(scores, FoldScore::trained));
      row(o, "in-block splits, general model + rules", sum(scores, FoldScore::generalInBlocks));
      row(o, "in-block splits, trained model + rules", sum(scores, FoldScore::trainedInBlocks));
      row(o, "in-block splits, general model alone", sum(scores, FoldScore::generalDetectorInBlocks));
      row(o, "in-block splits, trained model alone", sum(scores, FoldScore::trainedDetectorInBlocks));
      double[] ci = bootstrapF1Difference(scores, 10_000, 20250101L);
      o.printf(Locale.ROOT, "F1(trained) - F1(general): %+.4f, 95%% family bootstrap [%+.4f, %+.4f]%n",
          sum(scores, FoldScore::trained).f1() - sum(scores, FoldScore::general).f1(), ci[0], ci[1]);
    }
    List<FoldScore> loo = leaveOneDocumentOut(docs, Config.DEFAULT);
    o.printf(Locale.ROOT, "%n== %s, leave one document out (families split: for comparison only)%n",
        Config.DEFAULT.name());
    row(o, "segmenter, general model + licx rules", sum(loo, FoldScore::general));
    row(o, "segmenter, trained model + licx rules", sum(loo, FoldScore::trained));

    SentenceModel full = train(docs, Config.DEFAULT);
    byte[] bytes = serialize(full);
    o.printf(Locale.ROOT, "%nfinal model (%s, all %d documents): %d bytes, fingerprint %s, retrained %s%n",
        Config.DEFAULT.name(), docs.size(), bytes.length, fingerprint(bytes),
        fingerprint(serialize(train(docs, Config.DEFAULT))).equals(fingerprint(bytes)) ? "identical" : "DIFFERENT");
    if (out != null) {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      try (OutputStream w = Files.newOutputStream(out)) {
        w.write(bytes);
      }
      o.println("wrote " + out);
    }
  }

  private static void row(PrintStream o, String label, BoundaryScores s) {
    o.printf(Locale.ROOT, "  %-42s P %.3f  R %.3f  F1 %.4f  (%d matched, %d predicted, %d gold)%n", label,
        s.precision(), s.recall(), s.f1(), s.matched(), s.predicted(), s.gold());
  }

  static Set<String> readHoldout(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException("no holdout list at " + file + " (--holdout FILE)");
    }
    return HoldoutList.read(file);
  }
}
