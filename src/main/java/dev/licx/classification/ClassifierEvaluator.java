package dev.licx.classification;

import java.util.List;
import opennlp.tools.doccat.DoccatEvaluationMonitor;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;

/**
 * Scores a model on labeled clauses with OpenNLP's {@link DocumentCategorizerEvaluator}, keeping
 * every (gold, predicted) pair so per-type scores and confusions can be reported.
 */
public final class ClassifierEvaluator {

  private ClassifierEvaluator() {}

  public static EvaluationReport evaluate(DoccatModel model, List<LabeledClause> data) {
    EvaluationReport report = EvaluationReport.empty();
    DoccatEvaluationMonitor monitor = new DoccatEvaluationMonitor() {
      @Override
      public void correctlyClassified(DocumentSample reference, DocumentSample prediction) {
        report.add(ClauseType.fromId(reference.getCategory()), ClauseType.fromId(prediction.getCategory()));
      }

      @Override
      public void misclassified(DocumentSample reference, DocumentSample prediction) {
        report.add(ClauseType.fromId(reference.getCategory()), ClauseType.fromId(prediction.getCategory()));
      }
    };
    DocumentCategorizerEvaluator evaluator =
        new DocumentCategorizerEvaluator(new DocumentCategorizerME(model), monitor);
    for (LabeledClause c : data) {
      evaluator.evaluateSample(ClauseClassifierTrainer.sample(c));
    }
    return report;
  }
}
