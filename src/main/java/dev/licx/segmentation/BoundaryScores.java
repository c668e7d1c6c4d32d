package dev.licx.segmentation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Boundary precision and recall: the edges (every start and end offset) of predicted segments
 * compared exactly with the gold edges.
 *
 * @param matched edges found in both
 * @param predicted edges predicted
 * @param gold edges in the gold standard
 */
public record BoundaryScores(long matched, long predicted, long gold) {

  public static BoundaryScores of(Collection<int[]> predictedSpans, Collection<int[]> goldSpans) {
    Set<Integer> p = edges(predictedSpans);
    Set<Integer> g = edges(goldSpans);
    long matched = p.stream().filter(g::contains).count();
    return new BoundaryScores(matched, p.size(), g.size());
  }

  private static Set<Integer> edges(Collection<int[]> spans) {
    Set<Integer> edges = new HashSet<>();
    for (int[] s : spans) {
      edges.add(s[0]);
      edges.add(s[1]);
    }
    return edges;
  }

  public BoundaryScores plus(BoundaryScores o) {
    return new BoundaryScores(matched + o.matched, predicted + o.predicted, gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
