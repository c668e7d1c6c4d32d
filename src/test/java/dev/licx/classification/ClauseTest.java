package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTest {

  private static final Segment SEGMENT = new Segment(4, "The kit is yours.", 10, 27, "Ownership", SegmentKind.SENTENCE);

  @Test
  void aClauseReadsThroughToItsSegmentAndClassification() {
    List<Classification.Alternative> alternatives =
        List.of(new Classification.Alternative(ClauseType.GRANT, 0.3));
    Clause c = new Clause(SEGMENT, new Classification(ClauseType.OUTPUT_RIGHTS, 0.6, alternatives));
    assertEquals(4, c.index());
    assertEquals("The kit is yours.", c.text());
    assertEquals(ClauseType.OUTPUT_RIGHTS, c.type());
    assertEquals(Category.PERMISSION, c.category());
    assertEquals(0.6, c.confidence());
    assertEquals(alternatives, c.alternatives());
  }

  @Test
  void lowConfidenceIsBelowOneHalf() {
    assertTrue(new Clause(SEGMENT, new Classification(ClauseType.OTHER, 0.49, List.of())).lowConfidence());
    assertFalse(new Clause(SEGMENT, new Classification(ClauseType.OTHER, Clause.LOW_CONFIDENCE, List.of()))
        .lowConfidence());
  }

  @Test
  void partsAreRequiredAndAlternativesCopied() {
    Classification ok = new Classification(ClauseType.OTHER, 1, List.of());
    assertThrows(NullPointerException.class, () -> new Clause(null, ok));
    assertThrows(NullPointerException.class, () -> new Clause(SEGMENT, null));
    assertThrows(NullPointerException.class, () -> new Classification(null, 1, List.of()));
    List<Classification.Alternative> mutable = new ArrayList<>();
    Classification c = new Classification(ClauseType.OTHER, 0.9, mutable);
    mutable.add(new Classification.Alternative(ClauseType.GRANT, 0.5));
    assertEquals(List.of(), c.alternatives());
    assertThrows(UnsupportedOperationException.class,
        () -> c.alternatives().add(new Classification.Alternative(ClauseType.GRANT, 0.5)));
  }
}
