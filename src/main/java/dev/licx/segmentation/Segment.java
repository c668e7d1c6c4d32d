package dev.licx.segmentation;

import java.util.Objects;

/**
 * One clause-sized piece of a document.
 *
 * @param index position in the document, from 0
 * @param text the segment's words, white space collapsed and Markdown markers removed
 * @param start offset of the first character in the extracted text (UTF-16 units)
 * @param end offset just past the last character
 * @param section the heading of the section the segment belongs to, or "" before any heading
 * @param kind what the segment is in the document's layout
 */
public record Segment(int index, String text, int start, int end, String section, SegmentKind kind) {

  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
