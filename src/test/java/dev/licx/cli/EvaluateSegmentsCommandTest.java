package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateSegmentsCommandTest {

  private static final String SOURCE = "fictional/orchard-license.txt";
  private static final String OK_LINE =
      "OK: boundary precision \\d\\.\\d{3} \\(target 0\\.95\\), recall \\d\\.\\d{3} \\(target 0\\.95\\) over 1 documents";

  @TempDir Path dir;
  private Path gold;
  private Path texts;
  private byte[] orchard;
  private int chars;

  @BeforeEach
  void goldAndTexts() throws IOException {
    gold = Files.createDirectory(dir.resolve("gold"));
    texts = Files.createDirectory(dir.resolve("texts"));
    Cli.fixture("orchard-license.txt", texts.resolve("fictional"));
    orchard = Cli.fixtureBytes("orchard-license.txt");
    chars = new String(orchard, StandardCharsets.UTF_8).length();
  }

  /** The fixture's gold segmentation with the headers a corpus gold file carries. */
  private Path writeGold(String name, String source, String sha256, int chars) throws IOException {
    String spans = new String(Cli.fixtureBytes("orchard-license.expected.tsv"), StandardCharsets.UTF_8);
    return Cli.write(gold.resolve(name),
        "# source: " + source + "\n# sha256: " + sha256 + "\n# chars: " + chars + "\n" + spans);
  }

  private Path writeGood(String name) throws IOException {
    return writeGold(name, SOURCE, sha256(orchard), chars);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private Result evaluate(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "evaluate-segments";
    args[1] = "--gold=" + gold;
    args[2] = "--texts=" + texts;
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.run(args);
  }

  @Test
  void theOrchardGoldMeetsTheTargets() throws IOException {
    writeGood("orchard-license.txt.tsv");

    Result r = evaluate();

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    List<String> lines = r.outLines();
    assertTrue(lines.get(0).matches("document\\s+gold\\s+licx\\s+precision\\s+recall\\s+\\(OpenNLP alone P/R\\)"),
        lines.get(0));
    assertTrue(lines.get(1).matches(SOURCE + "\\s+\\d+\\s+\\d+\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\(.*\\)"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("ALL (1 documents, boundary counts)"), lines.get(2));
    assertTrue(lines.get(3).matches(OK_LINE), lines.get(3));
  }

  @Test
  void markdownFormatWritesATable() throws IOException {
    writeGood("orchard-license.txt.tsv");

    Result r = evaluate("--format", "markdown");

    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.outLines();
    assertTrue(lines.get(0).startsWith("| Document | Gold segments | licx segments | Precision | Recall |"), lines.get(0));
    assertEquals("|---|---:|---:|---:|---:|---:|---:|", lines.get(1));
    assertTrue(lines.get(2).matches("\\| " + SOURCE + " \\| \\d+ \\| \\d+ \\| \\d\\.\\d{3} \\| .*\\|"), lines.get(2));
    assertTrue(lines.get(3).startsWith("| **All 1 documents** "), lines.get(3));
    assertTrue(lines.get(4).matches(OK_LINE), lines.get(4));
  }

  @Test
  void targetsThatCannotBeMetFail() throws IOException {
    writeGood("orchard-license.txt.tsv");

    Result r = evaluate("--min-precision", "1.01");

    assertEquals(4, r.code(), r::toString);
    assertEquals("", r.err());
    String last = r.outLines().get(r.outLines().size() - 1);
    assertTrue(last.matches("FAIL: boundary precision \\d\\.\\d{3} \\(target 1\\.01\\), recall .* over 1 documents"),
        last);
  }

  @Test
  void aGoldFileWhoseTextChangedIsReportedAndSkipped() throws IOException {
    writeGood("a-orchard.txt.tsv");
    writeGold("b-orchard-edited.txt.tsv", SOURCE, sha256("an earlier text".getBytes(StandardCharsets.UTF_8)), 100);
    writeGold("c-orchard-length.txt.tsv", SOURCE, sha256(orchard), 100);

    Result r = evaluate();

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(List.of(
        "licx: " + SOURCE + ": checksum differs from the annotated text",
        "licx: " + SOURCE + ": extracted text has " + chars + " characters, gold expects 100"),
        r.errLines());
    assertTrue(r.outLines().get(r.outLines().size() - 1).matches(OK_LINE), r::toString);
    assertFalse(r.stackTrace());
  }

  /**
   * When no gold document is left to score, the run says FAIL with exit code 4 (the code for a score
   * below target), not 3, although no score was computed: the unreadable document is still named.
   */
  @Test
  void whenNoGoldDocumentCanBeScoredTheRunFailsAsUnreadableNotAsBelowTarget() throws IOException {
    writeGold("orchard-license.txt.tsv", SOURCE, "0".repeat(64), chars);

    Result r = evaluate();

    assertEquals(3, r.code(), r::toString);
    assertEquals(List.of("licx: " + SOURCE + ": checksum differs from the annotated text"), r.errLines());
    assertTrue(r.out().contains("FAIL: boundary precision 0.000 (target 0.95), recall 0.000 (target 0.95)"
        + " over 0 documents"), r::toString);
  }

  @Test
  void aGoldFileWithoutItsSourceHeaderIsReportedInOneLine() throws IOException {
    writeGood("a-orchard.txt.tsv");
    Path bare = gold.resolve("b-bare.txt.tsv");
    Files.write(bare, Cli.fixtureBytes("orchard-license.expected.tsv"));

    Result r = evaluate();

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(List.of("licx: " + bare + ": missing '# source:' header"), r.errLines());
    assertFalse(r.stackTrace());
  }

  @Test
  void aMissingDirectoryOrFormatIsAUsageError() {
    Result noGold = Cli.run("evaluate-segments", "--gold", dir.resolve("nope").toString(), "--texts", texts.toString());
    Result noTexts = Cli.run("evaluate-segments", "--gold", gold.toString(), "--texts", dir.resolve("nope").toString());
    Result badFormat = evaluate("--format", "csv");

    assertEquals(ExitCode.USAGE, noGold.code(), noGold::toString);
    assertEquals("licx: no gold directory: " + dir.resolve("nope"), noGold.errLines().get(0));
    assertEquals(ExitCode.USAGE, noTexts.code(), noTexts::toString);
    assertEquals("licx: no license texts directory: " + dir.resolve("nope"), noTexts.errLines().get(0));
    assertEquals(ExitCode.USAGE, badFormat.code(), badFormat::toString);
    assertEquals("licx: --format must be text or markdown", badFormat.errLines().get(0));
    for (Result r : List.of(noGold, noTexts, badFormat)) {
      assertEquals("", r.out());
      assertFalse(r.stackTrace(), r::toString);
    }
  }

  @Test
  void theExitCodesItReturnsAreTheOnesItsHelpDocuments() throws IOException {
    writeGood("a-orchard.txt.tsv");
    Set<Integer> returned = new TreeSet<>();
    returned.add(evaluate().code());
    returned.add(evaluate("--min-recall", "1.5").code());
    returned.add(evaluate("--format", "xml").code());
    returned.add(Cli.run(Cli.failingWriter(), InputStream.nullInputStream(),
        "evaluate-segments", "--gold", gold.toString(), "--texts", texts.toString()).code());
    writeGold("b-edited.txt.tsv", SOURCE, "0".repeat(64), chars);
    returned.add(evaluate().code());

    Result help = Cli.run("evaluate-segments", "--help");

    assertEquals(0, help.code(), help::toString);
    assertEquals(Set.of(0, 1, 2, 3, 4), returned);
    assertEquals(returned, Cli.documentedExitCodes(help.out()));
  }

  /** The project's own gold segmentations against the shared license texts, at the default targets. */
  @Test
  void theCorpusGoldMeetsTheTargets() {
    Path shared = Path.of(System.getProperty("licx.shared", "../shared"));
    Path licenses = shared.resolve("licenses");
    Path corpusGold = Path.of("corpus", "segmentation", "gold");
    assumeTrue(Files.isDirectory(licenses), "no shared license texts at " + licenses);
    assumeTrue(Files.isDirectory(corpusGold), "no gold segmentations at " + corpusGold.toAbsolutePath());

    Result r = Cli.run("evaluate-segments", "--gold", corpusGold.toString(), "--texts", licenses.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    String last = r.outLines().get(r.outLines().size() - 1);
    assertTrue(last.startsWith("OK: boundary precision ") && last.contains("(target 0.95)"), last);
  }
}
