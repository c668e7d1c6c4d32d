package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StemFeaturesTest {

  private static List<String> stems(String text) {
    return new ArrayList<>(new StemFeatures().extractFeatures(ClauseClassifier.tokenize(text), null));
  }

  @Test
  void inflectionsShareAStem() {
    assertTrue(stems("Distributing kits").contains("s=distribut"));
    assertTrue(stems("Distribution of kits").contains("s=distribut"));
    assertTrue(stems("DISTRIBUTED kits").contains("s=distribut"));
  }

  @Test
  void stemsAndStemBigramsSkipPunctuation() {
    assertEquals(List.of("s=kit", "sb=^_kit", "s=ar", "sb=kit_ar", "s=sold", "sb=ar_sold"), stems("Kits, are sold!"));
  }

  @Test
  void theGeneratorKeepsNoStateBetweenCalls() {
    StemFeatures g = new StemFeatures();
    String[] tokens = ClauseClassifier.tokenize("Licensees are relicensing the licensed kits.");
    assertEquals(g.extractFeatures(tokens, null), g.extractFeatures(tokens, null));
  }

  @Test
  void emptyTextHasNoStems() {
    assertEquals(List.of(), stems(" . , "));
  }
}
