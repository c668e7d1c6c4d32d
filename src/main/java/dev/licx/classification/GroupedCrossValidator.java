package dev.licx.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import opennlp.tools.util.TrainingParameters;

/**
 * k-fold cross-validation whose folds are unions of whole groups (license families).
 *
 * <p>OpenNLP's {@code DoccatCrossValidator} partitions samples one by one; licenses come in
 * near-identical families (GPL-2.0-only and -or-later, a vendor's successive model licenses), and a
 * sentence's twin on the other side of a fold would make the scores measure memory, not
 * understanding. Training and scoring still go through OpenNLP's trainer and evaluator.
 */
public final class GroupedCrossValidator {

  private final int folds;

  public GroupedCrossValidator(int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("need at least 2 folds");
    }
    this.folds = folds;
  }

  /** Fold number of every group: largest groups first, each into the currently smallest fold. */
  public Map<String, Integer> assignFolds(List<LabeledClause> data) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (LabeledClause c : data) {
      sizes.merge(c.group(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> groups = new ArrayList<>(sizes.entrySet());
    groups.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    long[] load = new long[folds];
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> g : groups) {
      int smallest = 0;
      for (int f = 1; f < folds; f++) {
        if (load[f] < load[smallest]) {
          smallest = f;
        }
      }
      fold.put(g.getKey(), smallest);
      load[smallest] += g.getValue();
    }
    return fold;
  }

  public EvaluationReport crossValidate(List<LabeledClause> data, TrainingParameters params) {
    return crossValidate(data, params, Runnable::run);
  }

  /**
   * Cross-validates with the folds trained on {@code executor}. Each fold trains alone and the
   * reports are added in fold order, so the result is the same however many threads run them.
   */
  public EvaluationReport crossValidate(List<LabeledClause> data, TrainingParameters params, Executor executor) {
    return crossValidate(data, params, executor, 1.0);
  }

  /**
   * Cross-validates with each fold trained on about {@code trainShare} of its training groups, the
   * points of a learning curve. The test folds stay whole, so the scores at different shares are
   * comparable; a group is kept by a stable hash of its name, so a smaller share's training data is
   * a subset of a larger one's.
   */
  public EvaluationReport crossValidate(List<LabeledClause> data, TrainingParameters params, Executor executor,
      double trainShare) {
    if (!(trainShare > 0 && trainShare <= 1)) {
      throw new IllegalArgumentException("training share must be in (0, 1]: " + trainShare);
    }
    Map<String, Integer> fold = assignFolds(data);
    List<CompletableFuture<EvaluationReport>> reports = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<LabeledClause> train = new ArrayList<>();
      List<LabeledClause> test = new ArrayList<>();
      for (LabeledClause c : data) {
        if (fold.get(c.group()) == f) {
          test.add(c);
        } else if (kept(c.group(), trainShare)) {
          train.add(c);
        }
      }
      if (!test.isEmpty() && train.isEmpty()) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "a training share of %.2f leaves fold %d with nothing to train on", trainShare, f + 1));
      }
      if (!test.isEmpty()) {
        reports.add(CompletableFuture.supplyAsync(
            () -> ClassifierEvaluator.evaluate(ClauseClassifierTrainer.train(train, params), test), executor));
      }
    }
    EvaluationReport total = EvaluationReport.empty();
    for (CompletableFuture<EvaluationReport> r : reports) {
      try {
        total = total.plus(r.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : e;
      }
    }
    return total;
  }

  static boolean kept(String group, double share) {
    if (share >= 1) {
      return true;
    }
    // Names such as "fam1", "fam2" have neighbouring hash codes; MurmurHash3's finalizer spreads them.
    int h = group.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return Math.floorMod(h, 10_000) < share * 10_000;
  }
}
