package dev.licx.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.ClauseType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void typesAndClausesAreSplitIntoOnlyABothAndChanged() {
    var a = new Docs()
        .add(ClauseType.GRANT, 0.9, "You may use, copy and modify the Model.")
        .add(ClauseType.USAGE_THRESHOLD, 0.9, "Services with more than 700 million monthly active users need a license.")
        .add(ClauseType.GOVERNING_LAW, 0.9, "This Agreement is governed by the laws of California.")
        .build("a");
    var b = new Docs()
        .add(ClauseType.GRANT, 0.9, "You may use, copy and modify the Model.")
        .add(ClauseType.USAGE_THRESHOLD, 0.9, "Services with more than 500 million monthly active users need a license.")
        .add(ClauseType.MODEL_TRAINING, 0.9, "You must not use the outputs to improve other language models.")
        .build("b");
    Comparison c = Comparison.of(a, b);
    assertEquals(1, c.identical());
    Comparison.TypeDiff grant = type(c, ClauseType.GRANT);
    assertEquals(Comparison.Presence.BOTH, grant.presence());
    assertEquals(1, grant.identical());
    assertTrue(!grant.differs());

    Comparison.TypeDiff threshold = type(c, ClauseType.USAGE_THRESHOLD);
    assertEquals(1, threshold.changed().size());
    assertTrue(threshold.changed().get(0).right().text().contains("500 million"));

    assertEquals(Comparison.Presence.ONLY_LEFT, type(c, ClauseType.GOVERNING_LAW).presence());
    assertEquals(1, type(c, ClauseType.GOVERNING_LAW).onlyLeft().size());
    assertEquals(Comparison.Presence.ONLY_RIGHT, type(c, ClauseType.MODEL_TRAINING).presence());
    assertEquals(List.of(ClauseType.GRANT, ClauseType.USAGE_THRESHOLD, ClauseType.MODEL_TRAINING, ClauseType.GOVERNING_LAW),
        c.types().stream().map(Comparison.TypeDiff::type).toList());
  }

  private static Comparison.TypeDiff type(Comparison c, ClauseType t) {
    return c.types().stream().filter(d -> d.type() == t).findFirst().orElseThrow();
  }
}
