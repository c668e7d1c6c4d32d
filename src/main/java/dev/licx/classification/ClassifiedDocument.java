package dev.licx.classification;

import java.util.List;
import java.util.Objects;

/**
 * A document whose segments all carry a clause type.
 *
 * @param source file name, {@code -} for standard input, or {@code spdx:ID}
 * @param mediaType detected media type
 * @param characters length of the extracted text the offsets point into
 * @param clauses the clauses in document order
 * @param warnings conditions worth telling the user that did not stop processing
 */
public record ClassifiedDocument(
    String source, String mediaType, int characters, List<Clause> clauses, List<String> warnings) {

  public ClassifiedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    clauses = List.copyOf(clauses);
    warnings = List.copyOf(warnings);
  }

  /** The clauses of one type, in document order. */
  public List<Clause> ofType(ClauseType type) {
    return clauses.stream().filter(c -> c.type() == type).toList();
  }
}
