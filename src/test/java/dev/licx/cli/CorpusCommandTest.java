package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {

  private static final Pattern ROW = Pattern.compile("^\\| ([a-z-]+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");

  @TempDir Path dir;

  private Path corpus;
  private Path texts;

  @BeforeEach
  void tinyCorpus() throws IOException {
    corpus = TinyCorpus.write(dir.resolve("corpus"));
    texts = Files.createDirectories(dir.resolve("no-texts"));
  }

  private Result stats(Path corpusDir) {
    return Cli.run("corpus", "stats", "--corpus", corpusDir.toString(), "--texts", texts.toString());
  }

  @Test
  void statsCountsTheClausesOfEachType() {
    Result r = stats(corpus);

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    int n = TinyCorpus.size();
    assertEquals(n + " labeled clauses after removing 1 duplicates: " + n + " sentences we wrote, "
        + "0 spans of 0 real license documents in 0 families.", r.outLines().get(0));
    assertEquals("| type | written | annotated | total |", r.outLines().get(1));
    List<String> types = new ArrayList<>();
    int total = 0;
    for (String line : r.outLines().subList(3, r.outLines().size())) {
      Matcher m = ROW.matcher(line);
      assertTrue(m.matches(), line);
      types.add(m.group(1));
      List<String> sentences = TinyCorpus.BY_TYPE.get(m.group(1));
      int expected = sentences == null ? 0 : sentences.size();
      assertEquals(List.of(expected, 0, expected),
          List.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), line);
      total += Integer.parseInt(m.group(4));
    }
    assertEquals(26, types.size(), "a row for every type, even empty ones");
    assertEquals("grant", types.get(0));
    assertEquals(n, total);
  }

  @Test
  void anUnusableAnnotationFileIsNamedAndTheRestIsCounted() throws IOException {
    Cli.write(corpus.resolve("annotations").resolve("no-header.tsv"), "start\tend\ttype\n0\t12\tgrant\n");
    Cli.write(corpus.resolve("annotations").resolve("elsewhere.tsv"),
        "# source: somewhere/not-here.txt\n# sha256: 00\n0\t12\tgrant\n");

    Result r = stats(corpus);

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    List<String> err = r.errLines();
    assertEquals(2, err.size(), r::toString);
    assertTrue(err.get(0).startsWith("licx: elsewhere.tsv: ") && err.get(0).contains("not found"), err.get(0));
    assertTrue(err.get(1).startsWith("licx: no-header.tsv: ") && err.get(1).contains("header"), err.get(1));
    assertFalse(r.stackTrace(), r::toString);
    assertTrue(r.outLines().get(0).startsWith(TinyCorpus.size() + " labeled clauses"), r.out());
    assertTrue(r.out().contains("Annotation files not used:"), r.out());
  }

  @Test
  void aMissingCorpusDirectoryIsAUsageError() {
    Path nowhere = dir.resolve("nowhere");

    Result r = stats(nowhere);

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals("licx: no corpus directory: " + nowhere, r.errLines().get(0));
  }

  @Test
  void anAuthoredFileNamedAfterNoTypeIsReportedNotAnInternalError() throws IOException {
    Cli.write(corpus.resolve("authored").resolve("grants.txt"), "A sentence filed under a misspelt type.\n");

    Result r = stats(corpus);

    assertNotEquals(ExitCode.INTERNAL_ERROR, r.code(), r::toString);
    assertTrue(r.err().contains("grants.txt"), r::toString);
    assertFalse(r.err().contains("internal error"), r::toString);
  }

  @Test
  void corpusAloneShowsItsUsageListingStats() {
    Result r = Cli.run("corpus");

    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("Usage: licx corpus"), r.out());
    assertTrue(r.out().matches("(?s).*\\n  stats +Count labeled clauses.*"), r.out());
  }

  @Test
  void theExitCodesItReturnsAreTheOnesItsHelpDocuments() throws IOException {
    Set<Integer> returned = new TreeSet<>();
    returned.add(stats(corpus).code());
    returned.add(stats(dir.resolve("nowhere")).code());
    Cli.write(corpus.resolve("annotations").resolve("no-header.tsv"), "0\t12\tgrant\n");
    returned.add(stats(corpus).code());

    Set<Integer> documented = Cli.documentedExitCodes(Cli.run("corpus", "stats", "--help").out());

    assertEquals(Set.of(0, 2, 3), returned);
    assertEquals(Set.of(0, 1, 2, 3), documented);
  }
}
