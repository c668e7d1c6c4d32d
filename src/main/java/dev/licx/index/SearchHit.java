package dev.licx.index;

import dev.licx.classification.ClauseType;
import java.util.List;

/**
 * One clause found, standing for every indexed clause with the same words.
 *
 * @param license SPDX id, or the file name without extension
 * @param licenseName the license's title
 * @param source {@code spdx:ID} or the file's path
 * @param clause position of the clause in its document, from 0
 * @param type the clause type
 * @param confidence the classifier's confidence in {@code type}
 * @param section the heading the clause sits under, or empty
 * @param score relevance; comparable only within one search
 * @param text the clause
 * @param start offset of the clause in the document's extracted text
 * @param end offset just past the clause
 * @param highlights spans of {@code text} that match the query's words
 * @param alsoIn other licenses with an identical clause, sorted, at most {@value ClauseSearcher#MAX_ALSO_IN}
 * @param alsoInCount how many other licenses have it, all counted
 * @param textHash identifies the group of identical clauses ({@link IndexSchema#textHash})
 */
public record SearchHit(String license, String licenseName, String source, int clause, ClauseType type,
    double confidence, String section, float score, String text, int start, int end, List<Span> highlights,
    List<String> alsoIn, int alsoInCount, String textHash) {

  /** A span of characters in a hit's text. */
  public record Span(int start, int end) {}

  public SearchHit {
    highlights = List.copyOf(highlights);
    alsoIn = List.copyOf(alsoIn);
  }
}
