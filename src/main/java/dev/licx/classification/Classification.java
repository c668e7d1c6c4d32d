package dev.licx.classification;

import java.util.List;
import java.util.Objects;

/**
 * The classifier's answer for one clause.
 *
 * @param type the most probable type
 * @param confidence its probability
 * @param alternatives the next types, most probable first, while they stay close to the best
 */
public record Classification(ClauseType type, double confidence, List<Alternative> alternatives) {

  /** A runner-up type and its probability. */
  public record Alternative(ClauseType type, double confidence) {}

  public Classification {
    Objects.requireNonNull(type, "type");
    alternatives = List.copyOf(alternatives);
  }
}
