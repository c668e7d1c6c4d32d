package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private static final Pattern MACRO = Pattern.compile("(?m)^\\| macro-F1 \\| ([01]\\.\\d{3}) \\| 0\\.85 \\|$");
  private static final Pattern SCORED = Pattern.compile("(?m)^\\| clauses scored \\| (\\d+) \\| \\|$");
  private static final Pattern TYPE_ROW =
      Pattern.compile("(?m)^\\| ([a-z-]+) \\| ([01]\\.\\d{3}) \\| ([01]\\.\\d{3}) \\| ([01]\\.\\d{3}) \\| (\\d+) \\|$");

  @TempDir Path dir;

  private Path corpus;
  private Path model;

  /** A model trained on the tiny corpus: it knows four types, and the sentences it was trained on. */
  @BeforeEach
  void tinyModel() throws IOException {
    corpus = TinyCorpus.write(dir.resolve("corpus"));
    model = dir.resolve("tiny.bin");
    Result r = Cli.run("train", "--corpus", corpus.toString(), "--texts", dir.toString(), "--params",
        TinyCorpus.params(dir.resolve("tiny.params")).toString(), "--folds", "0", "-o", model.toString());
    assertEquals(0, r.code(), r::toString);
  }

  private static Map<String, Matcher> typeRows(String out) {
    Map<String, Matcher> rows = new TreeMap<>();
    Matcher m = TYPE_ROW.matcher(out);
    while (m.find()) {
      Matcher row = TYPE_ROW.matcher(m.group());
      assertTrue(row.matches());
      rows.put(m.group(1), row);
    }
    return rows;
  }

  private static double macroF1(String out) {
    Matcher m = MACRO.matcher(out);
    assertTrue(m.find(), out);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void scoresATsvFileAndPrintsMacroF1AndARowPerType() throws IOException {
    Path data = Cli.write(dir.resolve("data.tsv"), "# type<TAB>sentence\n\n" + TinyCorpus.tsv());

    Result r = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals("", r.err());
    double macro = macroF1(r.out());
    assertTrue(macro >= 0.9, "a model scored on its own training sentences: " + macro);
    Matcher scored = SCORED.matcher(r.out());
    assertTrue(scored.find(), r.out());
    assertEquals(TinyCorpus.size(), Integer.parseInt(scored.group(1)));
    Map<String, Matcher> rows = typeRows(r.out());
    assertEquals(26, rows.size(), "a row for every type: " + rows.keySet());
    for (Map.Entry<String, Matcher> row : rows.entrySet()) {
      List<String> sentences = TinyCorpus.BY_TYPE.get(row.getKey());
      assertEquals(sentences == null ? 0 : sentences.size(), Integer.parseInt(row.getValue().group(5)),
          "support of " + row.getKey());
    }
    assertTrue(r.out().contains("Most confused (gold → predicted):"), r.out());
  }

  @Test
  void aMalformedLineIsReportedAndTheRestIsScored() throws IOException {
    String good = "governing-law\t" + TinyCorpus.GOVERNING_LAW.get(0) + "\n"
        + "termination\t" + TinyCorpus.TERMINATION.get(0) + "\n";
    Path data = Cli.write(dir.resolve("data.tsv"),
        good + "a line without any tab\n" + "no-such-type\tA sentence of an unknown type.\n");

    Result r = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(List.of("licx: " + data + ":3: expected type<TAB>sentence",
        "licx: " + data + ":4: unknown clause type 'no-such-type'"), r.errLines());
    assertFalse(r.stackTrace(), r::toString);
    Matcher scored = SCORED.matcher(r.out());
    assertTrue(scored.find(), r.out());
    assertEquals("2", scored.group(1), "the two good lines are scored");
    assertEquals("1", typeRows(r.out()).get("governing-law").group(5));
  }

  @Test
  void checkExitsFourWhenTheScoresMissTheTargets() throws IOException {
    // The tiny model never saw an export-control sentence, so it cannot get this one right.
    Path data = Cli.write(dir.resolve("data.tsv"), TinyCorpus.tsv()
        + "export-control\tShipping the kit to an embargoed country requires a permit from the trade office.\n");
    Path perfect = Cli.write(dir.resolve("train.tsv"), TinyCorpus.tsv());

    Result below = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString(), "--check");
    Result plain = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());
    Result met = Cli.run("evaluate", "--model", model.toString(), "--data", perfect.toString(), "--check");

    assertEquals(ExitCode.BELOW_TARGET, below.code(), below::toString);
    assertTrue(below.out().contains("**Below target.**"), below.out());
    assertEquals("0.000", typeRows(below.out()).get("export-control").group(3), "recall of the unseen type");
    assertEquals(ExitCode.OK, plain.code(), plain::toString);
    assertEquals(ExitCode.OK, met.code(), met::toString);
    assertTrue(met.out().contains("All targets met."), met.out());
  }

  @Test
  void aCorpusDirectoryCanBeScoredToo() {
    Result r = Cli.run("evaluate", "--model", model.toString(), "--data", corpus.toString(), "--texts",
        dir.toString());

    assertEquals(ExitCode.OK, r.code(), r::toString);
    Matcher scored = SCORED.matcher(r.out());
    assertTrue(scored.find(), r.out());
    assertEquals(TinyCorpus.size(), Integer.parseInt(scored.group(1)), "duplicates are scored once");
  }

  @Test
  void dataWithoutAnyGoodLineFails() throws IOException {
    Path data = Cli.write(dir.resolve("data.tsv"), "# only a comment\n\nnot a labeled line\n");

    Result r = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(List.of("licx: " + data + ":3: expected type<TAB>sentence", "licx: " + data + ": no labeled clauses"),
        r.errLines());
  }

  @Test
  void missingDataOrModelIsAUsageError() throws IOException {
    Path data = Cli.write(dir.resolve("data.tsv"), TinyCorpus.tsv());
    Path nowhere = dir.resolve("nowhere.tsv");
    Path noModel = dir.resolve("nowhere.bin");

    Result noData = Cli.run("evaluate", "--model", model.toString(), "--data", nowhere.toString());
    Result missingModel = Cli.run("evaluate", "--model", noModel.toString(), "--data", data.toString());
    Result noOption = Cli.run("evaluate", "--model", model.toString());

    assertEquals(ExitCode.USAGE, noData.code(), noData::toString);
    assertEquals("licx: no such file or directory: " + nowhere, noData.errLines().get(0));
    assertEquals(ExitCode.USAGE, missingModel.code(), missingModel::toString);
    assertEquals(List.of("licx: " + noModel + ": no such model file"), missingModel.errLines());
    assertFalse(missingModel.stackTrace(), missingModel::toString);
    assertEquals(ExitCode.USAGE, noOption.code(), noOption::toString);
    assertTrue(noOption.errLines().get(0).contains("--data"), noOption::toString);
  }

  @Test
  void theExitCodesItReturnsAreTheOnesItsHelpDocuments() throws IOException {
    Path data = Cli.write(dir.resolve("data.tsv"), TinyCorpus.tsv());
    Path bad = Cli.write(dir.resolve("bad.tsv"), TinyCorpus.tsv() + "bad line\n"
        + "export-control\tShipping the kit to an embargoed country requires a permit from the trade office.\n");
    Set<Integer> returned = new TreeSet<>();
    returned.add(Cli.run("evaluate", "--model", model.toString(), "--data", data.toString()).code());
    returned.add(Cli.run("evaluate", "--model", model.toString(), "--data", bad.toString()).code());
    returned.add(Cli.run("evaluate", "--model", model.toString(), "--data", dir.resolve("x").toString()).code());
    returned.add(Cli.run("evaluate", "--model", model.toString(), "--data", bad.toString(), "--check").code());
    Files.delete(model);
    returned.add(Cli.run("evaluate", "--model", model.toString(), "--data", data.toString()).code());

    Set<Integer> documented = Cli.documentedExitCodes(Cli.run("evaluate", "--help").out());

    assertEquals(Set.of(0, 2, 3, 4), returned);
    assertTrue(documented.containsAll(returned), documented + " vs " + returned);
  }
}
