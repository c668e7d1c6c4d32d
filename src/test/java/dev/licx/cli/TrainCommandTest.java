package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @TempDir Path dir;

  private Path corpus;
  private Path params;
  private Path texts;
  private Path model;

  @BeforeEach
  void tinyCorpus() throws IOException {
    corpus = TinyCorpus.write(dir.resolve("corpus"));
    params = TinyCorpus.params(dir.resolve("tiny.params"));
    texts = Files.createDirectories(dir.resolve("no-texts"));
    model = dir.resolve("out").resolve("tiny.bin");
  }

  private Result train(String... extra) {
    List<String> args = new ArrayList<>(List.of("train", "--corpus", corpus.toString(), "--texts",
        texts.toString(), "--params", params.toString(), "-o", model.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private Path card() {
    return model.resolveSibling("tiny.md");
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void trainsWritesTheModelAndItsCardAndReportsTheCrossValidation() throws Exception {
    Result r = train("--folds", "2", "--threads", "2");

    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals("", r.err());
    List<String> out = r.outLines();
    assertEquals("corpus: " + TinyCorpus.size() + " clauses (1 duplicates removed)", out.get(0));
    assertEquals("cross-validating (2 folds grouped by license family) and training the final model on 2 threads...",
        out.get(1));
    assertTrue(out.get(2).matches("macro-F1 [01]\\.\\d{3}, micro-F1 [01]\\.\\d{3}"), out.get(2));
    assertEquals("wrote " + model + " and tiny.md", out.get(3));
    assertTrue(Set.of("OK: targets met", "FAIL: below targets (see the card)").contains(out.get(4)), out.get(4));
    assertEquals(5, out.size(), r.out());

    assertTrue(Files.isRegularFile(model) && Files.size(model) > 0);
    byte[] bytes = Files.readAllBytes(model);
    String card = Cli.read(card());
    assertTrue(card.startsWith("# Model card: clause classifier\n"), card);
    assertTrue(card.contains("| file | `" + model + "` |"), card);
    assertTrue(card.contains("| SHA-256 | `" + sha256(bytes) + "` |"), "the card has the model's checksum:\n" + card);
    assertTrue(card.contains("| `Iterations` | `20` |"), card);
    assertTrue(card.contains("| `Cutoff` | `1` |"), card);
    assertTrue(card.contains("## Grouped 2-fold cross-validation"), card);
    for (Map.Entry<String, List<String>> e : TinyCorpus.BY_TYPE.entrySet()) {
      String file = "authored/" + e.getKey() + ".txt";
      String sha = sha256(Files.readAllBytes(corpus.resolve(file)));
      assertTrue(card.contains("| `" + file + "` | `" + sha + "` |"), "the card has the checksum of " + file);
      int n = e.getValue().size();
      assertTrue(card.contains("| " + e.getKey() + " | " + n + " | 0 | " + n + " |"), card);
    }
    Matcher macro = Pattern.compile("\\| macro-F1 \\| ([01]\\.\\d{3}) \\| 0\\.85 \\|").matcher(card);
    assertTrue(macro.find(), card);
    assertTrue(out.get(2).startsWith("macro-F1 " + macro.group(1) + ","), "stdout and card report the same score");
  }

  @Test
  void theTrainedModelClassifiesItsOwnTrainingSentences() {
    assertEquals(ExitCode.OK, train("--folds", "0").code());

    String input = TinyCorpus.GOVERNING_LAW.get(0) + "\n" + TinyCorpus.WARRANTY_DISCLAIMER.get(0) + "\n";
    Result r = Cli.run(input.getBytes(StandardCharsets.UTF_8),
        "classify", "--model", model.toString(), "-f", "tsv");

    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.outLines();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(1).startsWith("governing-law\t"), lines.get(1));
    assertTrue(lines.get(2).startsWith("warranty-disclaimer\t"), lines.get(2));
  }

  @Test
  void trainingTwiceGivesByteIdenticalModelAndCard() throws IOException {
    assertEquals(ExitCode.OK, train("--folds", "2").code());
    byte[] firstModel = Files.readAllBytes(model);
    byte[] firstCard = Files.readAllBytes(card());

    Result again = train("--folds", "2");

    assertEquals(ExitCode.OK, again.code(), again::toString);
    assertArrayEquals(firstModel, Files.readAllBytes(model), "the same corpus and parameters give the same model");
    assertArrayEquals(firstCard, Files.readAllBytes(card()), "and the same card");
  }

  @Test
  void foldsZeroSkipsCrossValidation() throws IOException {
    Result r = train("--folds", "0");

    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertFalse(r.out().contains("cross-validating"), r.out());
    assertEquals("cross-validation skipped", r.outLines().get(r.outLines().size() - 1));
    assertTrue(Files.isRegularFile(model) && Files.isRegularFile(card()));
  }

  @Test
  void checkExitsFourExactlyWhenTheTargetsAreMissed() {
    Result r = train("--folds", "2", "--check");

    String verdict = r.outLines().get(r.outLines().size() - 1);
    if (verdict.startsWith("FAIL")) {
      assertEquals(ExitCode.BELOW_TARGET, r.code(), r::toString);
    } else {
      assertEquals("OK: targets met", verdict);
      assertEquals(ExitCode.OK, r.code(), r::toString);
    }
    assertTrue(Files.isRegularFile(model), "the model is written either way");
  }

  @Test
  void anUnusableAnnotationFileIsNamedAndTheModelIsTrainedOnTheRest() throws IOException {
    Cli.write(corpus.resolve("annotations").resolve("broken.tsv"), "start\tend\ttype\n0\t10\tgrant\n");

    Result r = train("--folds", "0");

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.errLines().get(0).startsWith("licx: broken.tsv: "), r.errLines().get(0));
    assertFalse(r.stackTrace(), r::toString);
    assertTrue(r.out().contains("corpus: " + TinyCorpus.size() + " clauses"), r.out());
    assertTrue(Files.isRegularFile(model));
    assertTrue(Cli.read(card()).contains("- broken.tsv: "), "the card lists the file not used");
  }

  @Test
  void oneFoldIsAUsageErrorAndWritesNothing() {
    for (String folds : List.of("1", "-2")) {
      Result r = train("--folds", folds);

      assertEquals(ExitCode.USAGE, r.code(), r::toString);
      assertEquals("", r.out());
      assertEquals("licx: --folds must be 0 or at least 2", r.errLines().get(0));
      assertFalse(r.stackTrace(), r::toString);
      assertFalse(Files.exists(model), "no model written");
    }
  }

  @Test
  void aMissingCorpusOrParamsFileIsAUsageError() throws IOException {
    Path nowhere = dir.resolve("nowhere");

    Result noCorpus = Cli.run("train", "--corpus", nowhere.toString(), "--params", params.toString(),
        "-o", model.toString());
    Result noParams = Cli.run("train", "--corpus", corpus.toString(), "--params", nowhere.toString(),
        "-o", model.toString());

    assertEquals(ExitCode.USAGE, noCorpus.code(), noCorpus::toString);
    assertEquals("licx: no corpus directory: " + nowhere, noCorpus.errLines().get(0));
    assertEquals(ExitCode.USAGE, noParams.code(), noParams::toString);
    assertEquals("licx: no params file: " + nowhere, noParams.errLines().get(0));
    assertFalse(Files.exists(model));
  }

  @Test
  void aCorpusWithoutClausesFailsWithoutWritingAModel() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-corpus"));

    Result r = Cli.run("train", "--corpus", empty.toString(), "--texts", texts.toString(), "--params",
        params.toString(), "-o", model.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(List.of("licx: " + empty + ": no labeled clauses"), r.errLines());
    assertFalse(Files.exists(model));
  }

  @Test
  void theExitCodesItReturnsAreTheOnesItsHelpDocuments() throws IOException {
    Set<Integer> returned = new TreeSet<>();
    returned.add(train("--folds", "0").code());
    returned.add(train("--folds", "1").code());
    returned.add(train("--folds", "2", "--check").code());
    Cli.write(corpus.resolve("annotations").resolve("broken.tsv"), "0\t10\tgrant\n");
    returned.add(train("--folds", "0").code());

    Set<Integer> documented = Cli.documentedExitCodes(Cli.run("train", "--help").out());

    assertEquals(Set.of(0, 1, 2, 3, 4), documented);
    assertTrue(documented.containsAll(returned), returned.toString());
    assertTrue(returned.containsAll(Set.of(0, 2, 3)), returned.toString());
  }
}
