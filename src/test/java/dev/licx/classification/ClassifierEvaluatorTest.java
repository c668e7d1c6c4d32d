package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;

class ClassifierEvaluatorTest {

  @Test
  void theReportRecordsWhatTheClassifierPredictsForEachClause() throws IOException {
    DoccatModel model = ClauseClassifier.loadDefaultModel();
    ClauseClassifier classifier = new ClauseClassifier(model);
    // Sentences written for this test; some labels are deliberately wrong, so there are misses.
    List<LabeledClause> data = List.of(
        clause("ALL PARTS ARE SOLD AS THEY ARE, WITH NO WARRANTY OF ANY KIND.", ClauseType.WARRANTY_DISCLAIMER),
        clause("These terms are governed by the laws of Japan and disputes go to the Tokyo District Court.",
            ClauseType.GOVERNING_LAW),
        clause("You may not use the outputs of the model to train another machine learning model.",
            ClauseType.MODEL_TRAINING),
        clause("\"Maker\" means the company that designs the kit.", ClauseType.TRADEMARK),
        clause("You agree to indemnify and hold the maker harmless against any third-party claim.",
            ClauseType.GRANT));
    EvaluationReport expected = EvaluationReport.empty();
    for (LabeledClause c : data) {
      expected.add(c.type(), classifier.classify(c.text(), c.section(), c.kind(), c.previous()).type());
    }
    EvaluationReport report = ClassifierEvaluator.evaluate(model, data);
    assertEquals(data.size(), report.count());
    for (int i = 0; i < expected.confusion().length; i++) {
      for (int j = 0; j < expected.confusion().length; j++) {
        assertEquals(expected.confusion()[i][j], report.confusion()[i][j], "cell " + i + "," + j);
      }
    }
    // The mislabelled clauses are counted against their (wrong) gold labels.
    assertEquals(2, report.perType().get(ClauseType.TRADEMARK).support() + report.perType().get(ClauseType.GRANT).support());
    assertEquals(0, report.perType().get(ClauseType.TRADEMARK).correct());
  }

  @Test
  void noDataGivesAnEmptyReport() throws IOException {
    EvaluationReport r = ClassifierEvaluator.evaluate(ClauseClassifier.loadDefaultModel(), List.of());
    assertEquals(0, r.count());
    assertEquals(0.0, r.macroF1());
  }

  private static LabeledClause clause(String text, ClauseType type) {
    return new LabeledClause(text, type, "", "", "", "test", "test");
  }
}
