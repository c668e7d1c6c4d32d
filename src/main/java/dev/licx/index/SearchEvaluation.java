package dev.licx.index;

import java.util.List;

/**
 * Scores of a judged query set: precision at 5, mean reciprocal rank and nDCG at 10, with the
 * per-query figures. A hit not judged counts as not relevant; {@code judgedAt10} says how much of
 * the top 10 was judged, so an incomplete pool shows.
 */
public record SearchEvaluation(String name, List<PerQuery> queries, double precisionAt5, double mrr,
    double ndcgAt10, double judgedAt10) {

  /** The scores of one query. */
  public record PerQuery(String id, String query, double precisionAt5, double reciprocalRank, double ndcgAt10,
      double judgedAt10, String predictedType) {}

  public SearchEvaluation {
    queries = List.copyOf(queries);
  }
}
