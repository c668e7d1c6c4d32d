package dev.licx.index;

import dev.licx.classification.Classification;
import java.util.List;

/**
 * The answer to a search.
 *
 * @param query the query as given
 * @param predicted the clause type the query was read as, which boosted clauses of that type;
 *     null when relevance did not use it
 * @param matches clauses that matched before identical ones were grouped (a lower bound when
 *     there are very many)
 * @param hits the best groups of identical clauses, best first
 */
public record SearchResults(SearchQuery query, Classification predicted, long matches, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
