package dev.licx.classification;

import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.extraction.TextExtractor;
import dev.licx.internal.Hashing;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labeled data of {@code corpus/}: sentences we wrote ({@code authored/<type>.txt}) and
 * annotations that point into public license texts by path, checksum and offsets
 * ({@code annotations/*.tsv}; see corpus/README.md).
 *
 * <p>Annotated texts are found under a texts directory ({@code ../shared/licenses}); SPDX-listed
 * texts resolve on any machine from the bundled SPDX License List. Identical clauses (same words,
 * ignoring case, punctuation and enumerators) are kept once, with the label most annotators gave.
 */
public final class ClauseCorpus {

  private static final Pattern SPDX_TEXT = Pattern.compile("spdx/text/(.+)\\.txt");
  private static final Pattern LEADING_ENUMERATOR =
      Pattern.compile("^(?:\\(?[0-9a-zA-Z]{1,4}[.)]|[0-9]{1,3}(?:\\.[0-9]{1,3})*\\.?)\\s+");

  private final List<LabeledClause> clauses;
  private final Map<String, String> fileChecksums;
  private final List<String> problems;
  private final int duplicates;

  private ClauseCorpus(List<LabeledClause> clauses, Map<String, String> fileChecksums, List<String> problems,
      int duplicates) {
    this.clauses = List.copyOf(clauses);
    this.fileChecksums = Collections.unmodifiableMap(fileChecksums);
    this.problems = List.copyOf(problems);
    this.duplicates = duplicates;
  }

  /** The deduplicated clauses, in a stable order. */
  public List<LabeledClause> clauses() {
    return clauses;
  }

  /** SHA-256 of every corpus file read, by path relative to the corpus directory. */
  public Map<String, String> fileChecksums() {
    return fileChecksums;
  }

  /** Annotation files that could not be used, and why. */
  public List<String> problems() {
    return problems;
  }

  /** How many clauses were dropped as duplicates of another. */
  public int duplicates() {
    return duplicates;
  }

  /**
   * Reads a corpus directory.
   *
   * @param texts where annotated license paths resolve, or null to use only the bundled SPDX list
   */
  public static ClauseCorpus load(Path corpus, Path texts) throws IOException {
    Map<String, String> checksums = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    List<LabeledClause> all = new ArrayList<>();
    Path authored = corpus.resolve("authored");
    if (Files.isDirectory(authored)) {
      for (Path f : list(authored, ".txt")) {
        String name = f.getFileName().toString();
        ClauseType type;
        try {
          type = ClauseType.fromId(name.substring(0, name.length() - 4));
        } catch (IllegalArgumentException e) {
          problems.add("authored/" + name + ": the file name is not a clause type id (see licx types)");
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        checksums.put("authored/" + name, Hashing.sha256(bytes));
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          String text = line.strip();
          if (!text.isEmpty() && !text.startsWith("#")) {
            // Sentences we wrote are independent of one another: each is its own group.
            all.add(new LabeledClause(text, type, "", "", "", "authored/" + name, "authored:" + Hashing.sha256(
                text.getBytes(StandardCharsets.UTF_8)).substring(0, 12)));
          }
        }
      }
    }
    Path annotations = corpus.resolve("annotations");
    if (Files.isDirectory(annotations)) {
      TextExtractor extractor = new TextExtractor();
      Segmenter segmenter = new Segmenter();
      for (Path f : list(annotations, ".tsv")) {
        checksums.put("annotations/" + f.getFileName(), Hashing.sha256(Files.readAllBytes(f)));
        try {
          all.addAll(readAnnotation(f, texts, extractor, segmenter));
        } catch (AnnotationException e) {
          problems.add(f.getFileName() + ": " + e.getMessage());
        }
      }
    }
    Map<String, List<LabeledClause>> byKey = new LinkedHashMap<>();
    for (LabeledClause c : all) {
      byKey.computeIfAbsent(key(c.text()), k -> new ArrayList<>()).add(c);
    }
    List<LabeledClause> unique = new ArrayList<>(byKey.size());
    for (List<LabeledClause> same : byKey.values()) {
      unique.add(majority(same));
    }
    return new ClauseCorpus(unique, checksums, problems, all.size() - unique.size());
  }

  private static final class AnnotationException extends Exception {
    private static final long serialVersionUID = 1L;

    AnnotationException(String message) {
      super(message);
    }
  }

  private static List<LabeledClause> readAnnotation(Path file, Path texts, TextExtractor extractor,
      Segmenter segmenter) throws IOException, AnnotationException {
    String source = null;
    String sha = null;
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("# source:")) {
        source = line.substring(9).strip();
      } else if (line.startsWith("# sha256:")) {
        sha = line.substring(9).strip();
      } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("start")) {
        rows.add(line.split("\t"));
      }
    }
    if (source == null || sha == null) {
      throw new AnnotationException("missing '# source:' or '# sha256:' header");
    }
    byte[] bytes = resolve(source, texts);
    if (bytes == null) {
      throw new AnnotationException("text of " + source + " not found (give the license texts directory)");
    }
    if (!Hashing.sha256(bytes).equalsIgnoreCase(sha)) {
      throw new AnnotationException("text of " + source + " differs from the annotated one (checksum)");
    }
    ExtractedText extracted;
    try {
      extracted = extractor.extract(new ByteArrayInputStream(bytes), source);
    } catch (ExtractionException e) {
      throw new AnnotationException(e.getMessage());
    }
    String text = extracted.text();
    // The segmenter gives each span the words and section it has at run time.
    TreeMap<Integer, Segment> byStart = new TreeMap<>();
    for (Segment s : segmenter.segment(text)) {
      byStart.put(s.start(), s);
    }
    String group = LicenseFamilies.of(source);
    List<LabeledClause> out = new ArrayList<>(rows.size());
    String previous = "";
    for (String[] r : rows) {
      if (r.length < 3) {
        throw new AnnotationException("expected start<TAB>end<TAB>type rows");
      }
      int start;
      int end;
      try {
        start = Integer.parseInt(r[0].strip());
        end = Integer.parseInt(r[1].strip());
      } catch (NumberFormatException e) {
        throw new AnnotationException("offsets must be numbers: " + String.join("\t", r));
      }
      if (start < 0 || end > text.length() || start >= end) {
        throw new AnnotationException("span " + start + "-" + end + " outside the text");
      }
      ClauseType type;
      try {
        type = ClauseType.fromId(r[2].strip());
      } catch (IllegalArgumentException e) {
        throw new AnnotationException(e.getMessage());
      }
      Segment same = byStart.get(start);
      Map.Entry<Integer, Segment> before = byStart.floorEntry(start);
      String words = same != null && same.end() == end ? same.text() : Segmenter.clean(text.substring(start, end));
      String section = before == null ? "" : before.getValue().section();
      String kind = same != null ? same.kind().id() : "";
      if (!words.isEmpty()) {
        out.add(new LabeledClause(words, type, section, kind, previous, source, group));
        previous = words;
      }
    }
    return out;
  }

  private static byte[] resolve(String source, Path texts) throws IOException {
    if (texts != null) {
      Path p = texts.resolve(source).normalize();
      if (p.startsWith(texts.normalize()) && Files.isRegularFile(p)) {
        return Files.readAllBytes(p);
      }
    }
    Matcher m = SPDX_TEXT.matcher(source);
    if (m.matches()) {
      return SpdxLicenseList.text(m.group(1)).map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }
    return null;
  }

  /** Two clauses are the same when their words are, ignoring case, punctuation and a leading enumerator. */
  static String key(String text) {
    String s = LEADING_ENUMERATOR.matcher(text.strip()).replaceFirst("");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static LabeledClause majority(List<LabeledClause> same) {
    if (same.size() == 1) {
      return same.get(0);
    }
    Map<ClauseType, Integer> votes = new LinkedHashMap<>();
    for (LabeledClause c : same) {
      votes.merge(c.type(), 1, Integer::sum);
    }
    ClauseType winner = null;
    for (Map.Entry<ClauseType, Integer> v : votes.entrySet()) {
      if (winner == null || v.getValue() > votes.get(winner)) {
        winner = v.getKey();
      }
    }
    for (LabeledClause c : same) {
      if (c.type() == winner) {
        return c;
      }
    }
    return same.get(0);
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
