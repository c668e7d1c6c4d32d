package dev.licx.index;

/**
 * How a search ranks clauses. {@link #DEFAULT} is what {@code docs/search-quality.md} measured
 * best on the judged queries; the other settings exist so that the measurement can be repeated.
 *
 * @param typeBoost added to the score of a clause whose type is the query's predicted type,
 *     times the prediction's confidence; 0 turns the type prior off
 * @param minConfidence a prediction less confident than this is not used
 * @param expansionTerms how many of the predicted type's {@link TypeTerms} are added to the query
 * @param expansionWeight the weight of each added term, relative to a query word
 * @param sectionWeight the weight of a match in the clause's section heading
 * @param feedback how much the types of the clauses the words alone find count in reading the
 *     query's type, against the classifier's reading of the words (0: the classifier alone)
 * @param lexical how much {@link TypeTerms#read}, the model's word weights without its priors,
 *     counts in reading the query's type, against the classifier (0: the classifier alone)
 */
public record Relevance(double typeBoost, double minConfidence, int expansionTerms, double expansionWeight,
    double sectionWeight, double feedback, double lexical) {

  /** Plain BM25 over the clause text. */
  public static final Relevance BM25 = new Relevance(0, 1, 0, 0, 0, 0, 0);

  public static final Relevance DEFAULT = new Relevance(2.0, 0.3, 8, 0.2, 0.3, 0, 0.5);
}
