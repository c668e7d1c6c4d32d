package dev.licx.index;

import dev.licx.classification.Category;
import dev.licx.classification.ClauseType;
import java.util.List;
import java.util.Objects;

/**
 * What to search for: free text, or a clause to find the like of, with optional filters.
 *
 * @param text the query words, or the clause whose like is wanted
 * @param like true to find clauses similar to {@code text} rather than matching its words
 * @param types only clauses of these types (empty: any)
 * @param categories only clauses of these categories (empty: any)
 * @param licenses only clauses of these licenses, case-insensitive; {@code *} is a wildcard
 * @param limit most hits returned, each hit standing for all identical clauses
 * @param exclude a clause not to return (the one a {@code like} search starts from), or null
 */
public record SearchQuery(String text, boolean like, List<ClauseType> types, List<Category> categories,
    List<String> licenses, int limit, ClauseRef exclude) {

  /** Longest query text accepted; a clause to find the like of is rarely longer. */
  public static final int MAX_TEXT = 20_000;

  /** A clause of an indexed document, by the document's checksum and the clause's start offset. */
  public record ClauseRef(String sha256, int start) {}

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("query longer than " + MAX_TEXT + " characters");
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000");
    }
    types = List.copyOf(types);
    categories = List.copyOf(categories);
    licenses = List.copyOf(licenses);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, false, List.of(), List.of(), List.of(), 10, null);
  }

  public static SearchQuery like(String clause) {
    return new SearchQuery(clause, true, List.of(), List.of(), List.of(), 10, null);
  }

  public SearchQuery withTypes(List<ClauseType> t) {
    return new SearchQuery(text, like, t, categories, licenses, limit, exclude);
  }

  public SearchQuery withCategories(List<Category> c) {
    return new SearchQuery(text, like, types, c, licenses, limit, exclude);
  }

  public SearchQuery withLicenses(List<String> l) {
    return new SearchQuery(text, like, types, categories, l, limit, exclude);
  }

  public SearchQuery withLimit(int n) {
    return new SearchQuery(text, like, types, categories, licenses, n, exclude);
  }

  public SearchQuery excluding(ClauseRef clause) {
    return new SearchQuery(text, like, types, categories, licenses, limit, clause);
  }
}
