package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseClassifierTrainerTest {

  private static final String FEATURES = "bow,bigram,cue,number,shape";

  private static List<LabeledClause> train;
  private static List<LabeledClause> heldOut;
  private static TrainingParameters params;
  private static DoccatModel model;

  @BeforeAll
  static void trainOnce() {
    // About 400 authored sentences to train on, a disjoint 400 to test on.
    train = AuthoredSample.slice(8, 0);
    heldOut = AuthoredSample.slice(8, 4);
    params = AuthoredSample.params(FEATURES);
    model = ClauseClassifierTrainer.train(train, params);
  }

  @Test
  void trainingIsReproducibleToTheByte() throws IOException {
    byte[] first = ClauseClassifierTrainer.reproducibleBytes(model, params);
    byte[] second = ClauseClassifierTrainer.reproducibleBytes(ClauseClassifierTrainer.train(train, params), params);
    assertArrayEquals(first, second);
    // And serializing the same model twice gives the same bytes, whatever the clock says.
    assertArrayEquals(first, ClauseClassifierTrainer.reproducibleBytes(model, params));
  }

  @Test
  void theBytesLoadBackAndCarryTheParameters() throws IOException {
    byte[] bytes = ClauseClassifierTrainer.reproducibleBytes(model, params);
    DoccatModel back = new DoccatModel(new ByteArrayInputStream(bytes));
    Map<String, String> recorded = ClauseClassifierTrainer.parameters(back);
    assertEquals("MAXENT", recorded.get("Algorithm"));
    assertEquals("30", recorded.get("Iterations"));
    assertEquals(FEATURES, recorded.get(ClauseClassifierTrainer.FEATURES));
    // The loaded model classifies exactly as the trained one.
    ClauseClassifier a = new ClauseClassifier(model);
    ClauseClassifier b = new ClauseClassifier(back);
    for (LabeledClause c : heldOut.subList(0, 20)) {
      assertEquals(a.classify(c.text()), b.classify(c.text()));
    }
  }

  @Test
  void theManifestHasNoTimestampOrFileTimes() throws IOException {
    byte[] bytes = ClauseClassifierTrainer.reproducibleBytes(model, params);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      boolean manifest = false;
      while ((e = in.getNextEntry()) != null) {
        assertEquals(0L, e.getTime(), e.getName());
        if (e.getName().equals("manifest.properties")) {
          manifest = true;
          String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
          assertTrue(text.lines().anyMatch("Timestamp=0"::equals), text);
          assertFalse(text.contains("#"), text);
        }
      }
      assertTrue(manifest);
    }
  }

  @Test
  void aModelTrainedWithoutLicxKeysRecordsTheDefaultFeatures() throws IOException {
    TrainingParameters plain = new TrainingParameters();
    plain.put("Algorithm", "MAXENT");
    plain.put("Iterations", "5");
    plain.put("Cutoff", "1");
    List<LabeledClause> few = AuthoredSample.slice(40, 0);
    DoccatModel m = ClauseClassifierTrainer.train(few, plain);
    DoccatModel back = new DoccatModel(new ByteArrayInputStream(ClauseClassifierTrainer.reproducibleBytes(m, plain)));
    assertEquals(ClauseClassifierTrainer.DEFAULT_FEATURES,
        ClauseClassifierTrainer.parameters(back).get(ClauseClassifierTrainer.FEATURES));
  }

  @Test
  void aModelTrainedElsewhereCarriesNoLicxParameters() throws IOException {
    assertEquals(Map.of(), ClauseClassifierTrainer.parameters(model));
  }

  @Test
  void classifiesHeldOutAuthoredSentencesWellAboveChance() {
    EvaluationReport r = ClassifierEvaluator.evaluate(model, heldOut);
    assertEquals(heldOut.size(), r.count());
    // Chance is 1 in 26 (under 4%); 15 sentences per type already give far more.
    assertTrue(r.microF1() > 0.45, "accuracy " + r.microF1());
    assertTrue(r.macroF1() > 0.40, "macro-F1 " + r.macroF1());
  }

  @Test
  void paramsFilesAreReadIncludingLicxKeys(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("test.params");
    Files.writeString(file, "# a comment\nAlgorithm=MAXENT\nIterations=7\nlicx.features=cue, shape\n",
        StandardCharsets.UTF_8);
    TrainingParameters p = ClauseClassifierTrainer.loadParams(file);
    assertEquals("MAXENT", p.algorithm());
    assertEquals(7, p.getIntParameter("Iterations", 0));
    assertEquals("cue, shape", p.getStringParameter(ClauseClassifierTrainer.FEATURES, ""));
  }

  @Test
  void theParamsNameTheFeatureGenerators() throws IOException {
    TrainingParameters p = AuthoredSample.params("cue");
    DoccatModel m = ClauseClassifierTrainer.train(AuthoredSample.slice(40, 0), p);
    String manifest = manifest(ClauseClassifierTrainer.reproducibleBytes(m, p));
    assertTrue(manifest.contains("doccat.featureGenerators=dev.licx.classification.features.CueFeatures\n"), manifest);
  }

  @Test
  void unknownFeaturesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ClauseClassifierTrainer.train(AuthoredSample.slice(40, 0), AuthoredSample.params("bow,nonsense")));
  }

  @Test
  void aSampleCarriesTheLabelTokensAndContext() {
    LabeledClause c = new LabeledClause("You may not resell the kit.", ClauseType.HOSTED_SERVICE, "Resale", "item",
        "You agree that:", "test", "g");
    DocumentSample s = ClauseClassifierTrainer.sample(c);
    assertEquals("hosted-service", s.getCategory());
    assertEquals(Arrays.asList(ClauseClassifier.tokenize(c.text())), Arrays.asList(s.getText()));
    assertEquals(ClauseClassifier.context("Resale", "item", "You agree that:"), s.getExtraInformation());
  }

  private static String manifest(byte[] model) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals("manifest.properties")) {
          return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
      }
    }
    throw new AssertionError("no manifest");
  }
}
