package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryScoresTest {

  @Test
  void comparesEdgesExactly() {
    // gold edges {0,10,12,20}; predicted {0,10,12,15,16,20}: 4 of 6 predicted are right, all gold found.
    BoundaryScores s = BoundaryScores.of(
        List.of(new int[] {0, 10}, new int[] {12, 15}, new int[] {16, 20}),
        List.of(new int[] {0, 10}, new int[] {12, 20}));
    assertEquals(4, s.matched());
    assertEquals(4.0 / 6, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(0.8, s.f1(), 1e-9);
  }

  @Test
  void totalsAddCounts() {
    BoundaryScores a = new BoundaryScores(3, 4, 5);
    BoundaryScores b = new BoundaryScores(1, 1, 1);
    assertEquals(new BoundaryScores(4, 5, 6), a.plus(b));
    assertEquals(0.0, new BoundaryScores(0, 0, 0).precision());
  }
}
