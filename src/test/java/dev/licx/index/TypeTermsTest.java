package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.ClauseType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeTermsTest {

  private final TypeTerms terms = TypeTerms.of(Fixtures.model(), 15);

  private List<String> stems(ClauseType type) {
    return terms.of(type).stream().map(TypeTerms.Term::stem).toList();
  }

  @Test
  void theModelsWeightsNameEachTypesTellingWords() {
    assertTrue(stems(ClauseType.MODEL_TRAINING).contains("train"), stems(ClauseType.MODEL_TRAINING).toString());
    assertTrue(stems(ClauseType.INDEMNIFICATION).stream().anyMatch(s -> s.startsWith("indemn")),
        stems(ClauseType.INDEMNIFICATION).toString());
    assertTrue(stems(ClauseType.GOVERNING_LAW).contains("law") || stems(ClauseType.GOVERNING_LAW).contains("court"),
        stems(ClauseType.GOVERNING_LAW).toString());
  }

  @Test
  void strongestFirstAtMostTheNumberAsked() {
    for (ClauseType t : ClauseType.values()) {
      List<TypeTerms.Term> list = terms.of(t);
      assertTrue(list.size() <= 15);
      for (int i = 1; i < list.size(); i++) {
        assertTrue(list.get(i - 1).weight() >= list.get(i).weight());
      }
    }
    assertEquals(15, terms.of(ClauseType.WARRANTY_DISCLAIMER).size());
  }
}
