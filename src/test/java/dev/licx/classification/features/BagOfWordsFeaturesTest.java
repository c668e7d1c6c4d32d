package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BagOfWordsFeaturesTest {

  private static List<String> bow(String text) {
    return new ArrayList<>(new BagOfWordsFeatures().extractFeatures(ClauseClassifier.tokenize(text), null));
  }

  @Test
  void lowerCasedWordsWithoutPunctuation() {
    assertEquals(List.of("w=you", "w=may", "w=copy", "w=the", "w=kit", "w=2"), bow("You MAY copy, the Kit (2)!"));
  }

  @Test
  void repeatedWordsAreRepeated() {
    assertEquals(List.of("w=kit", "w=kit"), bow("kit KIT"));
  }

  @Test
  void cjkCharactersAreWords() {
    assertEquals(List.of("w=许", "w=可"), bow("许可。"));
  }

  @Test
  void lowerCasingIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of("w=licensed", "w=items"), bow("LICENSED ITEMS"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
