package dev.licx.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OsdCriterionTest {

  @Test
  void numberedOneToTenInOrder() {
    for (int i = 1; i <= 10; i++) {
      assertEquals(i, OsdCriterion.of(i).id());
      assertEquals(i, OsdCriterion.values()[i - 1].id());
    }
    assertEquals("No discrimination against fields of endeavor", OsdCriterion.of(6).title());
    assertThrows(IllegalArgumentException.class, () -> OsdCriterion.of(11));
  }
}
