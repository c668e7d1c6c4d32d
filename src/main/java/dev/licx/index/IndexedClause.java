package dev.licx.index;

import dev.licx.classification.ClauseType;

/**
 * A clause as the index stores it.
 *
 * @param license the license it belongs to
 * @param clause its position in the document
 * @param type its clause type
 * @param text the clause
 * @param start offset in the document's extracted text
 * @param end offset just past the clause
 * @param textHash the checksum identical clauses share
 */
public record IndexedClause(String license, int clause, ClauseType type, String text, int start, int end,
    String textHash) {}
