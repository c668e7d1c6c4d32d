package dev.licx.assessment;

/**
 * Two clauses aligned as versions of each other, worded differently.
 *
 * @param left the clause of the first document
 * @param right the clause of the second
 * @param similarity share of words they have in common, 0 to 1
 */
public record ChangedClause(ClauseRef left, ClauseRef right, double similarity) {}
