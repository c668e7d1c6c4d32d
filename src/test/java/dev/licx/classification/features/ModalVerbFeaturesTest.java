package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.Test;

class ModalVerbFeaturesTest {

  private static List<String> features(String sentence) {
    return List.copyOf(new ModalVerbFeatures().extractFeatures(SimpleTokenizer.INSTANCE.tokenize(sentence), Map.of()));
  }

  @Test
  void aNegatedModalForbidsItsVerb() {
    assertEquals(List.of("forbid=distribut"), features("The Licensee may not distribute the kit."));
    assertEquals(List.of("forbid=sell"), features("You shall not directly or indirectly sell it."));
    assertEquals(List.of("forbid=us"), features("Nobody cannot use it."));
  }

  @Test
  void aPlainModalPermitsOrObligesItsVerb() {
    assertEquals(List.of("modal=copi"), features("You may copy the kit."));
    assertEquals(List.of("modal=keep", "forbid=remov"),
        features("You must keep the notice and must never remove it."));
  }

  @Test
  void noModalNoFeature() {
    assertEquals(List.of(), features("The kit is provided as it is."));
    assertEquals(List.of(), features("You may"));
  }
}
