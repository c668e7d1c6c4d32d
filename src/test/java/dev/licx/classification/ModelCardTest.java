package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCardTest {

  private static ClauseCorpus corpus;

  @BeforeAll
  static void corpus(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("authored"));
    Files.writeString(dir.resolve("authored/grant.txt"), "You may copy the kit.\nYou may lend the kit.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("authored/trademark.txt"), "The kit's name is not yours to use.\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("annotations"));
    Files.writeString(dir.resolve("annotations/broken.tsv"), "start\tend\ttype\n", StandardCharsets.UTF_8);
    corpus = ClauseCorpus.load(dir, null);
  }

  private static ModelCard.Inputs inputs(EvaluationReport cv) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Iterations", "30");
    params.put("Algorithm", "MAXENT");
    return new ModelCard.Inputs("models/test.bin", "ab".repeat(32), "2.5.11", "licx 0.1.0", params, corpus, 5, cv);
  }

  /** Every type right 19 times out of 20, except one confusion per type into the next. */
  private static EvaluationReport good() {
    EvaluationReport r = EvaluationReport.empty();
    ClauseType[] types = ClauseType.values();
    for (int i = 0; i < types.length; i++) {
      for (int k = 0; k < 19; k++) {
        r.add(types[i], types[i]);
      }
      r.add(types[i], types[(i + 1) % types.length]);
    }
    return r;
  }

  /** Good overall, but trademark is found less than half the time. */
  private static EvaluationReport oneWeakType() {
    EvaluationReport r = good();
    for (int k = 0; k < 20; k++) {
      r.add(ClauseType.TRADEMARK, ClauseType.OTHER);
    }
    return r;
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  @Test
  void targetsAreCheckedOnMacroMicroAndEveryType() {
    assertTrue(ModelCard.meetsTargets(good()));
    EvaluationReport weak = oneWeakType();
    assertTrue(weak.macroF1() >= ModelCard.TARGET_MACRO_F1, "macro " + weak.macroF1());
    assertTrue(weak.microF1() >= ModelCard.TARGET_MICRO_F1, "micro " + weak.microF1());
    assertFalse(ModelCard.meetsTargets(weak));
    assertFalse(ModelCard.meetsTargets(EvaluationReport.empty()));
  }

  @Test
  void typesMissingFromTheGoldDataDoNotCount() {
    EvaluationReport r = EvaluationReport.empty();
    for (int k = 0; k < 10; k++) {
      r.add(ClauseType.GRANT, ClauseType.GRANT);
      r.add(ClauseType.OTHER, ClauseType.OTHER);
    }
    assertTrue(ModelCard.meetsTargets(r));
  }

  @Test
  void theCardReportsTheFiguresAndEveryType() {
    EvaluationReport cv = oneWeakType();
    String card = ModelCard.render(inputs(cv));
    assertTrue(card.contains(row("macro-F1", String.format(Locale.ROOT, "%.3f", cv.macroF1()), "0.85")), card);
    assertTrue(card.contains(row("micro-F1 (accuracy)", String.format(Locale.ROOT, "%.3f", cv.microF1()), "0.90")), card);
    assertTrue(card.contains(row("clauses scored", Long.toString(cv.count()), "").replace("|  |", "| |")), card);
    for (EvaluationReport.TypeScores s : cv.perType().values()) {
      String scores = row(s.type().id(), String.format(Locale.ROOT, "%.3f", s.precision()),
          String.format(Locale.ROOT, "%.3f", s.recall()), String.format(Locale.ROOT, "%.3f", s.f1()),
          Long.toString(s.support()));
      assertTrue(card.contains(scores), scores);
    }
    assertEquals(26, cv.perType().size());
  }

  @Test
  void theCardListsTheCorpusFilesWithTheirChecksums() {
    String card = ModelCard.render(inputs(good()));
    assertEquals(3, corpus.fileChecksums().size());
    corpus.fileChecksums().forEach((file, sha) ->
        assertTrue(card.contains("| `" + file + "` | `" + sha + "` |"), file));
    assertTrue(card.contains("| SHA-256 | `" + "ab".repeat(32) + "` |"), card);
    // The annotation file that could not be used is named.
    assertTrue(card.contains("- broken.tsv: "), card);
  }

  @Test
  void theCardCountsTheDataByType() {
    String card = ModelCard.render(inputs(good()));
    assertTrue(card.contains("3 labeled clauses after removing 0 duplicates: 3 sentences we wrote"), card);
    assertTrue(card.contains(row("grant", "2", "0", "2")), card);
    assertTrue(card.contains(row("trademark", "1", "0", "1")), card);
    assertTrue(card.contains(row("export-control", "0", "0", "0")), card);
  }

  @Test
  void theVerdictFollowsMeetsTargets() {
    String met = ModelCard.render(inputs(good()));
    assertTrue(met.contains("All targets met."), met);
    assertFalse(met.contains("Below target."), met);
    String below = ModelCard.render(inputs(oneWeakType()));
    assertTrue(below.contains("Below target."), below);
    assertFalse(below.contains("All targets met."), below);
  }

  @Test
  void parametersAreSortedAndTheCardIsDeterministic() {
    String card = ModelCard.render(inputs(good()));
    int algorithm = card.indexOf("| `Algorithm` | `MAXENT` |");
    int iterations = card.indexOf("| `Iterations` | `30` |");
    assertTrue(algorithm > 0 && iterations > algorithm, card);
    assertTrue(card.contains("## Grouped 5-fold cross-validation"), card);
    assertEquals(card, ModelCard.render(inputs(good())));
  }

  @Test
  void theConfusionsAreListedLargestFirst() {
    String card = ModelCard.render(inputs(oneWeakType()));
    int trademarkOther = card.indexOf(row("trademark", "other", "20"));
    int grantPatent = card.indexOf(row("grant", "patent-grant", "1"));
    assertTrue(trademarkOther > 0 && grantPatent > trademarkOther, card);
  }
}
