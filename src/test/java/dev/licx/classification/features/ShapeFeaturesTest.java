package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeFeaturesTest {

  private static List<String> shape(String text) {
    return new ArrayList<>(new ShapeFeatures().extractFeatures(ClauseClassifier.tokenize(text), null));
  }

  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append("word");
    }
    return b.append('.').toString();
  }

  @Test
  void shoutedTextIsCaps() {
    assertEquals(List.of("shape=caps", "shape=len4-8"), shape("THE KIT IS SOLD WITH ALL ITS FAULTS."));
    assertFalse(shape("The kit is sold with all its faults.").contains("shape=caps"));
  }

  @Test
  void shortCapitalsAreNotEnoughForCaps() {
    assertEquals(List.of("shape=len1-3", "shape=no-final-stop"), shape("NOTICE"));
  }

  @Test
  void lengthBuckets() {
    assertEquals("shape=len1-3", shape(words(3)).get(0));
    assertEquals("shape=len4-8", shape(words(4)).get(0));
    assertEquals("shape=len4-8", shape(words(8)).get(0));
    assertEquals("shape=len9-20", shape(words(9)).get(0));
    assertEquals("shape=len9-20", shape(words(20)).get(0));
    assertEquals("shape=len21-50", shape(words(21)).get(0));
    assertEquals("shape=len21-50", shape(words(50)).get(0));
    assertEquals("shape=len51+", shape(words(51)).get(0));
  }

  @Test
  void theLastTokenTellsLeadInsAndFragments() {
    assertTrue(shape("You must not use the kit for:").contains("shape=ends-colon"));
    assertTrue(shape("Terms of Sale").contains("shape=no-final-stop"));
    for (String closed : List.of("The kit is yours.", "the kit is yours;", "(the kit is yours)", "\"the kit is yours\"")) {
      List<String> f = shape(closed);
      assertFalse(f.contains("shape=no-final-stop") || f.contains("shape=ends-colon"), closed + " " + f);
    }
  }

  @Test
  void emptyTextIsShort() {
    assertEquals(List.of("shape=len1-3"), new ArrayList<>(new ShapeFeatures().extractFeatures(new String[0], null)));
  }
}
