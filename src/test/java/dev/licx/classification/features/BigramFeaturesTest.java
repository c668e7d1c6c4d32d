package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BigramFeaturesTest {

  private static List<String> bigrams(String text) {
    return new ArrayList<>(new BigramFeatures().extractFeatures(ClauseClassifier.tokenize(text), null));
  }

  @Test
  void lowerCasedPairsFromTheSentenceStart() {
    assertEquals(List.of("b=^_you", "b=you_may", "b=may_not", "b=not_copy"), bigrams("You MAY not, copy."));
  }

  @Test
  void oneWordGivesOnlyTheStartPair() {
    assertEquals(List.of("b=^_kit"), bigrams("Kit"));
  }

  @Test
  void punctuationOnlyGivesNothing() {
    assertEquals(List.of(), bigrams("; . ,"));
  }
}
