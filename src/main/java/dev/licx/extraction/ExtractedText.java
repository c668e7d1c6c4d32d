package dev.licx.extraction;

import java.util.List;
import java.util.Objects;

/**
 * The plain text of one document, as every later stage sees it. Offsets reported by licx point
 * into {@link #text()}.
 *
 * @param source the file name, or {@code -} for standard input
 * @param mediaType the media type detected from the content (and the name as a hint)
 * @param text the extracted text: blocks separated by blank lines, line breaks {@code \n}
 * @param warnings conditions worth telling the user that did not stop extraction
 */
public record ExtractedText(String source, String mediaType, String text, List<String> warnings) {

  public ExtractedText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }

  public ExtractedText(String source, String mediaType, String text) {
    this(source, mediaType, text, List.of());
  }
}
