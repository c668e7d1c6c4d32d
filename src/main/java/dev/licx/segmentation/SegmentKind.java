package dev.licx.segmentation;

import java.util.Locale;

/** The layout role of a segment (see docs/segmentation.md). */
public enum SegmentKind {
  /** A document or section title; it becomes the {@code section} of what follows. */
  HEADING,
  /** A sentence of running text. */
  SENTENCE,
  /** The first sentence of an enumerated or bulleted item. */
  ITEM,
  /** A short standalone line: a copyright line, a URL, a version line. */
  LINE;

  /** The id used in JSON, CSV and the gold files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SegmentKind fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }
}
