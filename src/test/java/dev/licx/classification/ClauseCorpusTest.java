package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.SpdxLicenseList;
import dev.licx.internal.Hashing;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.Segmenter;
import dev.licx.testing.SharedLicenses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseCorpusTest {

  private static final String MIT = "spdx/text/MIT.txt";

  private static String mitText;
  private static String mitSha;
  private static List<Segment> mitSegments;

  @TempDir
  Path corpus;

  @BeforeAll
  static void mit() {
    mitText = SpdxLicenseList.text("MIT").orElseThrow();
    mitSha = Hashing.sha256(mitText.getBytes(StandardCharsets.UTF_8));
    mitSegments = new Segmenter().segment(mitText);
  }

  private void write(String relative, String content) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String annotation(String source, String sha, String... rows) {
    StringBuilder b = new StringBuilder();
    b.append("# source: ").append(source).append('\n');
    b.append("# sha256: ").append(sha).append('\n');
    b.append("start\tend\ttype\n");
    for (String r : rows) {
      b.append(r).append('\n');
    }
    return b.toString();
  }

  private static String row(Segment s, ClauseType type) {
    return s.start() + "\t" + s.end() + "\t" + type.id();
  }

  @Test
  void authoredFilesAreLabelledByTheirName() throws IOException {
    write("authored/grant.txt", "# comments are skipped\n\nYou may copy the kit.\r\n  You may lend the kit.  \n#also a comment\n");
    write("authored/export-control.txt", "Follow the customs rules of every country you ship to.\n");
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(List.of(), c.problems());
    Map<String, ClauseType> byText = c.clauses().stream()
        .collect(Collectors.toMap(LabeledClause::text, LabeledClause::type));
    assertEquals(Map.of(
        "You may copy the kit.", ClauseType.GRANT,
        "You may lend the kit.", ClauseType.GRANT,
        "Follow the customs rules of every country you ship to.", ClauseType.EXPORT_CONTROL), byText);
    for (LabeledClause l : c.clauses()) {
      assertEquals("authored/" + l.type().id() + ".txt", l.source());
      assertEquals("", l.section());
      assertEquals("", l.kind());
      assertEquals("", l.previous());
      assertTrue(l.group().startsWith("authored:"), l.group());
    }
    // Each sentence is a group of its own.
    assertEquals(3, c.clauses().stream().map(LabeledClause::group).distinct().count());
    assertEquals(0, c.duplicates());
  }

  @Test
  void fileChecksumsCoverEveryFileRead() throws IOException {
    String authored = "You may copy the kit.\n";
    String tsv = annotation(MIT, mitSha, row(mitSegments.get(0), ClauseType.OTHER));
    write("authored/grant.txt", authored);
    write("annotations/spdx__text__MIT.txt.tsv", tsv);
    write("annotations/notes.md", "not an annotation\n");
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(Map.of(
        "authored/grant.txt", Hashing.sha256(authored.getBytes(StandardCharsets.UTF_8)),
        "annotations/spdx__text__MIT.txt.tsv", Hashing.sha256(tsv.getBytes(StandardCharsets.UTF_8))),
        c.fileChecksums());
  }

  @Test
  void anSpdxAnnotationResolvesFromTheBundledListWithoutATextsDirectory() throws IOException {
    assertTrue(mitSegments.size() >= 4, "segments of MIT: " + mitSegments.size());
    Segment first = mitSegments.get(0);
    Segment second = mitSegments.get(2);
    Segment third = mitSegments.get(3);
    write("annotations/spdx__text__MIT.txt.tsv", annotation(MIT, mitSha,
        row(first, ClauseType.OTHER), row(second, ClauseType.GRANT), row(third, ClauseType.ATTRIBUTION)));
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(List.of(), c.problems());
    assertEquals(3, c.clauses().size());
    List<Segment> expected = List.of(first, second, third);
    List<ClauseType> types = List.of(ClauseType.OTHER, ClauseType.GRANT, ClauseType.ATTRIBUTION);
    for (int i = 0; i < 3; i++) {
      LabeledClause l = c.clauses().get(i);
      Segment s = expected.get(i);
      assertEquals(s.text(), l.text());
      assertEquals(s.section(), l.section());
      assertEquals(s.kind().id(), l.kind());
      assertEquals(types.get(i), l.type());
      assertEquals(MIT, l.source());
      assertEquals(LicenseFamilies.of(MIT), l.group());
      // The previous annotated span, as the document classifier sees its predecessor.
      assertEquals(i == 0 ? "" : expected.get(i - 1).text(), l.previous());
    }
    assertFalse(c.clauses().get(1).section().isEmpty(), "a section heading precedes the grant");
  }

  @Test
  void aSpanThatIsNotASegmentKeepsItsOwnCleanedWords() throws IOException {
    Segment s = mitSegments.get(2);
    int half = s.start() + (s.end() - s.start()) / 2;
    // The first half starts where the segment does and keeps its layout role; the second does not.
    write("annotations/spdx__text__MIT.txt.tsv", annotation(MIT, mitSha,
        s.start() + "\t" + half + "\tgrant", half + "\t" + s.end() + "\tattribution"));
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(List.of(), c.problems());
    assertEquals(2, c.clauses().size());
    LabeledClause first = c.clauses().get(0);
    LabeledClause second = c.clauses().get(1);
    assertEquals(Segmenter.clean(mitText.substring(s.start(), half)), first.text());
    assertEquals(Segmenter.clean(mitText.substring(half, s.end())), second.text());
    assertEquals(s.kind().id(), first.kind());
    assertEquals("", second.kind());
    assertEquals(s.section(), first.section());
    assertEquals(s.section(), second.section());
    assertEquals(first.text(), second.previous());
  }

  @Test
  void aWrongChecksumIsReportedAndTheFileSkipped() throws IOException {
    write("authored/grant.txt", "You may copy the kit.\n");
    write("annotations/spdx__text__MIT.txt.tsv",
        annotation(MIT, "0".repeat(64), row(mitSegments.get(2), ClauseType.GRANT)));
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(1, c.problems().size(), c.problems().toString());
    assertTrue(c.problems().get(0).startsWith("spdx__text__MIT.txt.tsv"), c.problems().get(0));
    assertTrue(c.problems().get(0).contains("checksum"), c.problems().get(0));
    assertEquals(1, c.clauses().size());
    assertEquals("authored/grant.txt", c.clauses().get(0).source());
  }

  @Test
  void anUnknownTypeIsReportedAndTheWholeFileSkipped() throws IOException {
    write("annotations/spdx__text__MIT.txt.tsv", annotation(MIT, mitSha,
        row(mitSegments.get(0), ClauseType.OTHER), mitSegments.get(2).start() + "\t" + mitSegments.get(2).end()
            + "\tpermission"));
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(1, c.problems().size(), c.problems().toString());
    assertTrue(c.problems().get(0).contains("permission"), c.problems().get(0));
    assertEquals(List.of(), c.clauses());
  }

  @Test
  void otherBadAnnotationsAreReported() throws IOException {
    write("annotations/a-no-header.tsv", "start\tend\ttype\n0\t11\tother\n");
    write("annotations/b-outside.tsv", annotation(MIT, mitSha, "0\t" + (mitText.length() + 5) + "\tother"));
    write("annotations/c-two-columns.tsv", annotation(MIT, mitSha, "0\t11"));
    write("annotations/d-missing.tsv", annotation("ai/no-such-license.txt", mitSha, "0\t11\tother"));
    write("annotations/e-empty-span.tsv", annotation(MIT, mitSha, "11\t11\tother"));
    write("annotations/f-not-a-number.tsv", annotation(MIT, mitSha, "0\televen\tother"));
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    List<String> problems = c.problems();
    assertEquals(6, problems.size(), problems.toString());
    for (int i = 0; i < 6; i++) {
      assertTrue(problems.get(i).startsWith("abcdef".charAt(i) + "-"), problems.toString());
    }
    assertTrue(problems.get(3).contains("ai/no-such-license.txt"), problems.get(3));
    assertEquals(List.of(), c.clauses());
  }

  @Test
  void nonSpdxTextsResolveUnderTheTextsDirectoryOnly(@TempDir Path texts) throws IOException {
    String orchard = SharedLicenses.resource("/fixtures/orchard-license.txt");
    Path file = texts.resolve("other/orchard-license.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, orchard, StandardCharsets.UTF_8);
    String sha = Hashing.sha256(orchard.getBytes(StandardCharsets.UTF_8));
    List<Segment> segments = new Segmenter().segment(orchard);
    Segment heading = segments.get(0);
    write("annotations/other__orchard-license.txt.tsv",
        annotation("other/orchard-license.txt", sha, row(heading, ClauseType.OTHER)));
    ClauseCorpus with = ClauseCorpus.load(corpus, texts);
    assertEquals(List.of(), with.problems());
    assertEquals(heading.text(), with.clauses().get(0).text());
    assertEquals("orchard", with.clauses().get(0).group());
    ClauseCorpus without = ClauseCorpus.load(corpus, null);
    assertEquals(1, without.problems().size());
    assertEquals(List.of(), without.clauses());
  }

  @Test
  void annotationsCannotReachOutsideTheTextsDirectory(@TempDir Path root) throws IOException {
    Path texts = root.resolve("texts");
    Files.createDirectories(texts);
    String secret = "A file that sits beside the texts directory.\n";
    Files.writeString(root.resolve("secret.txt"), secret, StandardCharsets.UTF_8);
    write("annotations/x.tsv", annotation("../secret.txt",
        Hashing.sha256(secret.getBytes(StandardCharsets.UTF_8)), "0\t6\tother"));
    ClauseCorpus c = ClauseCorpus.load(corpus, texts);
    assertEquals(1, c.problems().size(), c.problems().toString());
    assertEquals(List.of(), c.clauses());
  }

  @Test
  void duplicatesAreKeptOnceWithTheMajorityLabel() throws IOException {
    write("authored/grant.txt", "You may copy the kit.\n(b) you may COPY the kit!\n");
    write("authored/other.txt", "2. You may copy, the kit\nThe kit has a name.\n");
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(2, c.clauses().size(), c.clauses().toString());
    assertEquals(2, c.duplicates());
    LabeledClause kept = c.clauses().stream().filter(l -> l.text().contains("copy")).findFirst().orElseThrow();
    assertEquals(ClauseType.GRANT, kept.type());
    assertEquals("authored/grant.txt", kept.source());
  }

  @Test
  void theMajorityAcrossAuthoredAndAnnotatedClausesWins() throws IOException {
    Segment grantSegment = mitSegments.get(2);
    write("annotations/spdx__text__MIT.txt.tsv", annotation(MIT, mitSha, row(grantSegment, ClauseType.OTHER)));
    // The same words twice as grant (upper-cased, with an enumerator) outvote the annotation.
    String words = grantSegment.text();
    write("authored/grant.txt", words.toUpperCase(java.util.Locale.ROOT) + "\n(a) " + words + "\n");
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(1, c.clauses().size());
    assertEquals(ClauseType.GRANT, c.clauses().get(0).type());
    assertEquals(2, c.duplicates());
  }

  @Test
  void anAuthoredFileNotNamedAfterATypeIsReportedAndSkipped() throws IOException {
    write("authored/permissions.txt", "You may copy the kit.\n");
    write("authored/grant.txt", "You may lend the kit.\n");
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(1, c.problems().size(), c.problems().toString());
    assertTrue(c.problems().get(0).startsWith("authored/permissions.txt"), c.problems().toString());
    assertEquals(List.of("You may lend the kit."), c.clauses().stream().map(LabeledClause::text).toList());
  }

  @Test
  void anEmptyDirectoryIsAnEmptyCorpus() throws IOException {
    ClauseCorpus c = ClauseCorpus.load(corpus, null);
    assertEquals(List.of(), c.clauses());
    assertEquals(List.of(), c.problems());
    assertEquals(Map.of(), c.fileChecksums());
  }

  @Test
  void theKeyIgnoresCasePunctuationAndALeadingEnumerator() {
    String k = ClauseCorpus.key("You may copy the kit.");
    for (String same : List.of("(a) you may copy the kit", "1. YOU MAY COPY THE KIT!", "3.2 You, may copy -- the kit",
        "iv) You may copy the kit.")) {
      assertEquals(k, ClauseCorpus.key(same), same);
    }
    assertFalse(k.equals(ClauseCorpus.key("You may not copy the kit.")));
  }

  @Test
  void theRealCorpusLoadsCleanly() throws IOException {
    Path texts = SharedLicenses.assumeLicenses();
    ClauseCorpus c = ClauseCorpus.load(Path.of("corpus"), texts);
    assertEquals(List.of(), c.problems());
    assertTrue(c.clauses().size() >= 4000, "clauses: " + c.clauses().size());
    Map<ClauseType, Integer> perType = new EnumMap<>(ClauseType.class);
    c.clauses().forEach(l -> perType.merge(l.type(), 1, Integer::sum));
    for (ClauseType t : ClauseType.values()) {
      assertTrue(perType.getOrDefault(t, 0) >= 60, t.id() + ": " + perType.get(t));
    }
    Set<String> documents = c.clauses().stream().map(LabeledClause::source)
        .filter(s -> !s.startsWith("authored/")).collect(Collectors.toSet());
    assertTrue(documents.size() >= 150, "annotated documents: " + documents.size());
    Set<String> leaked = documents.stream().filter(SharedLicenses.holdout()::contains).collect(Collectors.toSet());
    assertEquals(Set.of(), leaked);
  }
}
