package dev.licx.classification;

import dev.licx.segmentation.Segment;
import java.util.List;
import java.util.Objects;

/**
 * A segment of a document with its clause type.
 *
 * @param segment the segment: text, offsets, section, layout role
 * @param classification the type, its confidence and close runners-up
 */
public record Clause(Segment segment, Classification classification) {

  /** Below this confidence a clause is marked as uncertain in summaries. */
  public static final double LOW_CONFIDENCE = 0.5;

  public Clause {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(classification, "classification");
  }

  public int index() {
    return segment.index();
  }

  public String text() {
    return segment.text();
  }

  public ClauseType type() {
    return classification.type();
  }

  public Category category() {
    return classification.type().category();
  }

  public double confidence() {
    return classification.confidence();
  }

  public List<Classification.Alternative> alternatives() {
    return classification.alternatives();
  }

  public boolean lowConfidence() {
    return classification.confidence() < LOW_CONFIDENCE;
  }
}
