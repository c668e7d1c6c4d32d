package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningCurveCommandTest {

  private static final Pattern ROW = Pattern.compile("(?m)^(\\d\\.\\d\\d)\\s+(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})$");

  @TempDir Path dir;

  private Path corpus;
  private Path params;
  private Path texts;

  @BeforeEach
  void tinyCorpus() throws IOException {
    corpus = TinyCorpus.write(dir.resolve("corpus"));
    params = TinyCorpus.params(dir.resolve("tiny.params"));
    texts = Files.createDirectories(dir.resolve("no-texts"));
  }

  private Result curve(String... extra) {
    List<String> args = new ArrayList<>(List.of("learning-curve", "--corpus", corpus.toString(), "--texts",
        texts.toString(), "--params", params.toString(), "--folds", "3"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void printsOneRowPerShareAndWritesNoModel() throws IOException {
    Result r = curve("--shares", "0.5,1");
    assertEquals(0, r.code(), r.toString());
    Matcher m = ROW.matcher(r.out());
    List<String> shares = new ArrayList<>();
    List<Double> micro = new ArrayList<>();
    while (m.find()) {
      shares.add(m.group(1));
      micro.add(Double.parseDouble(m.group(3)));
    }
    assertEquals(List.of("0.50", "1.00"), shares, r.out());
    // The tiny corpus's types have distinct vocabularies: all the data classifies well above chance.
    assertTrue(micro.get(1) > 0.5, r.out());
    try (var files = Files.walk(dir)) {
      assertFalse(files.anyMatch(f -> f.toString().endsWith(".bin")), "no model written");
    }
  }

  @Test
  void aShareThatLeavesAFoldNothingToTrainOnIsOneLineNotAStackTrace() {
    Result r = curve("--shares", "0.0001");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("nothing to train on"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aShareOutsideZeroToOneIsAUsageError() {
    Result r = curve("--shares", "0");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--shares"), r.err());
  }
}
