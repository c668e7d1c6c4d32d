package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

  private static final double EPS = 1e-9;

  private static EvaluationReport sample() {
    EvaluationReport r = EvaluationReport.empty();
    // grant: 3 gold, 2 right, 1 called other; other: 1 gold, right; trademark: 1 gold, called grant.
    r.add(ClauseType.GRANT, ClauseType.GRANT);
    r.add(ClauseType.GRANT, ClauseType.GRANT);
    r.add(ClauseType.GRANT, ClauseType.OTHER);
    r.add(ClauseType.OTHER, ClauseType.OTHER);
    r.add(ClauseType.TRADEMARK, ClauseType.GRANT);
    return r;
  }

  @Test
  void anEmptyReportIsSquareAndZero() {
    EvaluationReport r = EvaluationReport.empty();
    assertEquals(26, r.confusion().length);
    assertEquals(26, r.confusion()[0].length);
    assertEquals(0, r.count());
    assertEquals(0.0, r.macroF1());
    assertEquals(0.0, r.microF1());
    assertEquals(List.of(), r.topConfusions(5));
  }

  @Test
  void perTypeScores() {
    EvaluationReport r = sample();
    EvaluationReport.TypeScores grant = r.perType().get(ClauseType.GRANT);
    assertEquals(3, grant.support());
    assertEquals(3, grant.predicted());
    assertEquals(2, grant.correct());
    assertEquals(2.0 / 3, grant.precision(), EPS);
    assertEquals(2.0 / 3, grant.recall(), EPS);
    assertEquals(2.0 / 3, grant.f1(), EPS);
    EvaluationReport.TypeScores other = r.perType().get(ClauseType.OTHER);
    assertEquals(0.5, other.precision(), EPS);
    assertEquals(1.0, other.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, other.f1(), EPS);
    EvaluationReport.TypeScores trademark = r.perType().get(ClauseType.TRADEMARK);
    assertEquals(0.0, trademark.precision());
    assertEquals(0.0, trademark.recall());
    assertEquals(0.0, trademark.f1());
    EvaluationReport.TypeScores absent = r.perType().get(ClauseType.EXPORT_CONTROL);
    assertEquals(0, absent.support());
    assertEquals(0.0, absent.f1());
    assertEquals(26, r.perType().size());
  }

  @Test
  void macroAveragesOnlyTypesPresentInTheGoldData() {
    EvaluationReport r = sample();
    assertEquals((2.0 / 3 + 2.0 / 3 + 0.0) / 3, r.macroF1(), EPS);
  }

  @Test
  void microIsAccuracy() {
    EvaluationReport r = sample();
    assertEquals(5, r.count());
    assertEquals(3.0 / 5, r.microF1(), EPS);
  }

  @Test
  void plusAddsCellsAndLeavesBothOperandsAlone() {
    EvaluationReport a = sample();
    EvaluationReport b = EvaluationReport.empty();
    b.add(ClauseType.GRANT, ClauseType.OTHER);
    EvaluationReport sum = a.plus(b);
    assertEquals(6, sum.count());
    assertEquals(2, sum.confusion()[ClauseType.GRANT.ordinal()][ClauseType.OTHER.ordinal()]);
    assertEquals(5, a.count());
    assertEquals(1, b.count());
  }

  @Test
  void topConfusionsAreOffDiagonalLargestFirstThenInTypeOrder() {
    EvaluationReport r = sample();
    r.add(ClauseType.GRANT, ClauseType.OTHER);
    List<EvaluationReport.Confusion> top = r.topConfusions(10);
    assertEquals(List.of(
        new EvaluationReport.Confusion(ClauseType.GRANT, ClauseType.OTHER, 2),
        new EvaluationReport.Confusion(ClauseType.TRADEMARK, ClauseType.GRANT, 1)), top);
    assertEquals(top.subList(0, 1), r.topConfusions(1));
    assertEquals(List.of(), r.topConfusions(0));
  }
}
