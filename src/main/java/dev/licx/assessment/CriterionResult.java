package dev.licx.assessment;

import java.util.List;

/**
 * One OSD criterion assessed: {@code ok}, or {@code concern} with the clauses that raise it.
 *
 * @param criterion the criterion
 * @param status ok or concern
 * @param evidence the clauses behind a concern, in document order (empty when ok)
 */
public record CriterionResult(OsdCriterion criterion, Status status, List<Evidence> evidence) {

  /** Whether a criterion raised a concern. */
  public enum Status {
    OK,
    CONCERN;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public CriterionResult {
    evidence = List.copyOf(evidence);
  }
}
