package dev.licx.classification;

import java.util.Objects;

/**
 * A clause with its gold type: a sentence we wrote, or a span of a public license text.
 *
 * @param text the clause's words
 * @param type its clause type
 * @param section the heading it sits under ("" when unknown, as for sentences we wrote)
 * @param kind its layout role ({@code heading}, {@code sentence}, {@code item}, {@code line}), or ""
 * @param previous the text of the segment before it in its document, or ""
 * @param source where it comes from: {@code authored/<type>.txt} or a license path
 * @param group the cross-validation group: a license family, so near-identical licenses never
 *     sit on both sides of a fold
 */
public record LabeledClause(
    String text, ClauseType type, String section, String kind, String previous, String source, String group) {

  public LabeledClause {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(group, "group");
  }
}
