package dev.licx.assessment;

import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;

/**
 * A clause of a document, as reports quote it.
 *
 * @param clause position in its document
 * @param type its clause type
 * @param text the clause
 * @param start offset in the extracted text
 * @param end offset just past the clause
 */
public record ClauseRef(int clause, ClauseType type, String text, int start, int end) {

  static ClauseRef of(Clause c) {
    return new ClauseRef(c.index(), c.type(), c.text(), c.segment().start(), c.segment().end());
  }
}
