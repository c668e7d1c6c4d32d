package dev.licx.assessment;

import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;

/**
 * A clause that raises a concern, with why.
 *
 * @param clause position of the clause in its document
 * @param text the clause
 * @param type its clause type
 * @param confidence the classifier's confidence in the type
 * @param start offset in the extracted text
 * @param end offset just past the clause
 * @param reason why this clause conflicts with the criterion, in one line
 */
public record Evidence(int clause, String text, ClauseType type, double confidence, int start, int end, String reason) {

  static Evidence of(Clause c, String reason) {
    return new Evidence(c.index(), c.text(), c.type(), c.confidence(), c.segment().start(), c.segment().end(), reason);
  }
}
