package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutFeaturesTest {

  private static final String[] TEXT = {"Fees"};

  @Test
  void theKindBecomesOneFeature() {
    for (String kind : new String[] {"heading", "sentence", "item", "line"}) {
      assertEquals(java.util.List.of("layout=" + kind),
          new ArrayList<>(new LayoutFeatures().extractFeatures(TEXT, Map.of(LayoutFeatures.KEY, kind))));
    }
  }

  @Test
  void noKindNoFeature() {
    assertTrue(new LayoutFeatures().extractFeatures(TEXT, null).isEmpty());
    assertTrue(new LayoutFeatures().extractFeatures(TEXT, Map.of()).isEmpty());
    assertTrue(new LayoutFeatures().extractFeatures(TEXT, Map.of(LayoutFeatures.KEY, "")).isEmpty());
    assertTrue(new LayoutFeatures().extractFeatures(TEXT, Map.of(LayoutFeatures.KEY, 3)).isEmpty());
    assertTrue(new LayoutFeatures().extractFeatures(TEXT, Map.of(SectionFeatures.KEY, "heading")).isEmpty());
  }
}
