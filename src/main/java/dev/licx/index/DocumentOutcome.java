package dev.licx.index;

import java.util.List;

/**
 * What happened to one document of an indexing run.
 *
 * @param source the document as named on the command line
 * @param status what was done
 * @param clauses clauses written (0 unless added or replaced)
 * @param error why it failed, or null
 * @param warnings conditions worth telling that did not stop indexing
 */
public record DocumentOutcome(String source, Status status, int clauses, String error, List<String> warnings) {

  /** What the indexer did with a document. */
  public enum Status {
    ADDED,
    REPLACED,
    UNCHANGED,
    FAILED,
    PRUNED
  }

  public DocumentOutcome {
    warnings = List.copyOf(warnings);
  }
}
