package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextFeaturesTest {

  private static final String[] TEXT = {"(", "c", ")", "any", "military", "use", ";"};

  private static List<String> context(Object previous) {
    Map<String, Object> extra = new HashMap<>();
    extra.put(ContextFeatures.KEY, previous);
    return new ArrayList<>(new ContextFeatures().extractFeatures(TEXT, extra));
  }

  @Test
  void stemsOfThePreviousSegmentLastWordFirst() {
    assertEquals(List.of("p=for", "p=kit", "p=the", "p=us", "p=to", "p=not", "p=agre", "p=you"),
        context("You agree not to use the kit for:"));
  }

  @Test
  void onlyTheLastTwelveWordsCount() {
    StringBuilder previous = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      previous.append(i).append(' ');
    }
    List<String> f = context(previous.toString());
    assertEquals(12, f.size());
    assertEquals("p=20", f.get(0));
    assertEquals("p=9", f.get(11));
  }

  @Test
  void noPredecessorNoFeatures() {
    assertTrue(new ContextFeatures().extractFeatures(TEXT, null).isEmpty());
    assertTrue(new ContextFeatures().extractFeatures(TEXT, Map.of()).isEmpty());
    assertTrue(context("   ").isEmpty());
    assertTrue(context(42).isEmpty());
  }

  @Test
  void otherExtraInformationIsIgnored() {
    Map<String, Object> extra = Map.of(SectionFeatures.KEY, "Use Policy", LayoutFeatures.KEY, "item");
    assertTrue(new ContextFeatures().extractFeatures(TEXT, extra).isEmpty());
  }
}
