package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionFeaturesTest {

  private static List<String> section(String[] text, Object heading) {
    Map<String, Object> extra = new HashMap<>();
    extra.put(SectionFeatures.KEY, heading);
    return new ArrayList<>(new SectionFeatures().extractFeatures(text, extra));
  }

  @Test
  void longWordsOfTheHeadingLowerCased() {
    assertEquals(List.of("sec=limitation", "sec=liability"),
        section(new String[] {"WE", "OWE", "NOTHING", "."}, "12. Limitation of LIABILITY"));
  }

  @Test
  void theSegmentsOwnWordsDoNotMatter() {
    assertEquals(section(new String[] {"a"}, "Export Rules"), section(new String[] {"b", "c"}, "Export Rules"));
    assertEquals(List.of("sec=export", "sec=rules"), section(new String[0], "Export Rules"));
  }

  @Test
  void numbersAndShortWordsAreLeftOut() {
    assertEquals(List.of("sec=section", "sec=fees"), section(new String[0], "Section 4.2 \u2014 Fees of 2031"));
  }

  @Test
  void noHeadingNoFeatures() {
    assertTrue(new SectionFeatures().extractFeatures(new String[] {"x"}, null).isEmpty());
    assertTrue(new SectionFeatures().extractFeatures(new String[] {"x"}, Map.of()).isEmpty());
    assertTrue(section(new String[] {"x"}, " ").isEmpty());
    assertTrue(section(new String[] {"x"}, 7).isEmpty());
  }
}
