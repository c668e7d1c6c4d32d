package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class GroupedCrossValidatorTest {

  /** Families of very different sizes, plus many singletons, like the real corpus. */
  private static List<LabeledClause> data() {
    List<LabeledClause> out = new ArrayList<>();
    int[] sizes = {40, 25, 25, 17, 12, 9, 9, 6, 4, 3, 2, 2};
    for (int g = 0; g < sizes.length; g++) {
      for (int i = 0; i < sizes[g]; i++) {
        out.add(new LabeledClause("family " + g + " clause " + i, ClauseType.values()[i % 26], "", "", "",
            "fam" + g + ".txt", "fam" + g));
      }
    }
    for (int i = 0; i < 120; i++) {
      out.add(new LabeledClause("written " + i, ClauseType.values()[i % 26], "", "", "", "authored/x.txt",
          "authored:" + i));
    }
    return out;
  }

  @Test
  void everyGroupGetsExactlyOneFold() {
    List<LabeledClause> data = data();
    Map<String, Integer> fold = new GroupedCrossValidator(5).assignFolds(data);
    Set<String> groups = data.stream().map(LabeledClause::group).collect(Collectors.toSet());
    assertEquals(groups, fold.keySet());
    for (int f : fold.values()) {
      assertTrue(f >= 0 && f < 5, "fold " + f);
    }
    // Seen the other way round: a group's clauses are never on two sides.
    Map<String, Set<Integer>> foldsOfGroup = new HashMap<>();
    for (LabeledClause c : data) {
      foldsOfGroup.computeIfAbsent(c.group(), k -> new java.util.HashSet<>()).add(fold.get(c.group()));
    }
    foldsOfGroup.forEach((g, fs) -> assertEquals(1, fs.size(), g));
  }

  @Test
  void foldSizesAreBalanced() {
    List<LabeledClause> data = data();
    Map<String, Integer> fold = new GroupedCrossValidator(5).assignFolds(data);
    int[] size = new int[5];
    for (LabeledClause c : data) {
      size[fold.get(c.group())]++;
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int s : size) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    // 274 clauses over 5 folds: about 55 each, the largest family (40) fits in one.
    assertTrue(max - min <= 1, java.util.Arrays.toString(size));
  }

  @Test
  void aGroupLargerThanAFairShareSitsAloneWithoutSpilling() {
    List<LabeledClause> data = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      data.add(new LabeledClause("big " + i, ClauseType.GRANT, "", "", "", "big.txt", "big"));
    }
    for (int i = 0; i < 10; i++) {
      data.add(new LabeledClause("small " + i, ClauseType.OTHER, "", "", "", "s.txt", "s" + i));
    }
    Map<String, Integer> fold = new GroupedCrossValidator(3).assignFolds(data);
    int big = fold.get("big");
    for (int i = 0; i < 10; i++) {
      assertTrue(fold.get("s" + i) != big, "small group s" + i + " put with the big one");
    }
  }

  @Test
  void assignmentIsDeterministicAndIndependentOfInputOrder() {
    List<LabeledClause> data = data();
    Map<String, Integer> first = new GroupedCrossValidator(4).assignFolds(data);
    assertEquals(first, new GroupedCrossValidator(4).assignFolds(data));
    List<LabeledClause> shuffled = new ArrayList<>(data);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(first, new GroupedCrossValidator(4).assignFolds(shuffled));
  }

  @Test
  void needsAtLeastTwoFolds() {
    assertThrows(IllegalArgumentException.class, () -> new GroupedCrossValidator(1));
    assertThrows(IllegalArgumentException.class, () -> new GroupedCrossValidator(0));
  }

  @Test
  void crossValidationScoresEveryClauseOnce() {
    List<LabeledClause> data = AuthoredSample.slice(20, 0);
    EvaluationReport r = new GroupedCrossValidator(3).crossValidate(data, AuthoredSample.params("bow,cue"));
    assertEquals(data.size(), r.count());
    for (ClauseType t : ClauseType.values()) {
      long gold = data.stream().filter(c -> c.type() == t).count();
      assertEquals(gold, r.perType().get(t).support(), t.id());
    }
  }

  @Test
  void aSmallerTrainingShareKeepsASubsetOfTheGroupsAndStillTestsEveryClause() {
    List<LabeledClause> data = data();
    Set<String> half = data.stream().map(LabeledClause::group)
        .filter(g -> GroupedCrossValidator.kept(g, 0.5)).collect(Collectors.toSet());
    Set<String> threeQuarters = data.stream().map(LabeledClause::group)
        .filter(g -> GroupedCrossValidator.kept(g, 0.75)).collect(Collectors.toSet());
    assertTrue(threeQuarters.containsAll(half), "nested shares");
    long groups = data.stream().map(LabeledClause::group).distinct().count();
    assertTrue(half.size() > groups / 4 && half.size() < groups * 3 / 4, half.size() + " of " + groups);

    List<LabeledClause> sample = AuthoredSample.slice(20, 0);
    EvaluationReport r = new GroupedCrossValidator(3).crossValidate(sample, AuthoredSample.params("bow,cue"),
        Runnable::run, 0.5);
    assertEquals(sample.size(), r.count());
    assertThrows(IllegalArgumentException.class, () -> new GroupedCrossValidator(3)
        .crossValidate(sample, AuthoredSample.params("bow"), Runnable::run, 0));
    assertThrows(IllegalArgumentException.class, () -> new GroupedCrossValidator(3)
        .crossValidate(sample, AuthoredSample.params("bow"), Runnable::run, 1.5));
  }

  @Test
  void moreFoldsThanGroupsStillScoresEveryClause() {
    List<LabeledClause> data = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      data.add(new LabeledClause("alpha beta " + i, ClauseType.GRANT, "", "", "", "a.txt", "a"));
      data.add(new LabeledClause("gamma delta " + i, ClauseType.OTHER, "", "", "", "b.txt", "b"));
      data.add(new LabeledClause("epsilon zeta " + i, ClauseType.TERMINATION, "", "", "", "c.txt", "c"));
    }
    // Three groups in five folds: two folds stay empty and are skipped.
    EvaluationReport r = new GroupedCrossValidator(5).crossValidate(data, AuthoredSample.params("bow"));
    assertEquals(18, r.count());
    // Each family is tested by a model that never saw it, so its own words cannot give it away.
    assertEquals(0, r.perType().get(ClauseType.GRANT).correct());
  }

  @Test
  void foldsTrainedInParallelGiveTheSameReportAsOneByOne() {
    List<LabeledClause> data = AuthoredSample.slice(3, 0);
    TrainingParameters params = AuthoredSample.params("bow,cue");
    EvaluationReport serial = new GroupedCrossValidator(4).crossValidate(data, params);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      EvaluationReport parallel = new GroupedCrossValidator(4).crossValidate(data, params, pool);
      assertEquals(serial.macroF1(), parallel.macroF1(), 0.0);
      assertEquals(serial.microF1(), parallel.microF1(), 0.0);
      assertTrue(java.util.Arrays.deepEquals(serial.confusion(), parallel.confusion()));
    } finally {
      pool.shutdownNow();
    }
  }
}
