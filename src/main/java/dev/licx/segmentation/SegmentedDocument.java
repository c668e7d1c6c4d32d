package dev.licx.segmentation;

import java.util.List;
import java.util.Objects;

/**
 * A document cut into segments.
 *
 * @param source file name, or {@code -} for standard input
 * @param mediaType detected media type
 * @param characters length of the extracted text the offsets point into
 * @param segments the segments in document order
 * @param warnings conditions worth telling the user that did not stop processing
 */
public record SegmentedDocument(
    String source, String mediaType, int characters, List<Segment> segments, List<String> warnings) {

  public SegmentedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    segments = List.copyOf(segments);
    warnings = List.copyOf(warnings);
  }
}
