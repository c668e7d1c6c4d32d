package dev.licx.extraction;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep a hostile document from exhausting memory or time.
 *
 * <p>The defaults fit a 300-page license comfortably: such a text is around a million characters,
 * and even as a scanned-looking PDF it stays well under the byte limit.
 *
 * @param maxBytes largest input accepted, in bytes
 * @param maxChars most characters of extracted text accepted
 * @param timeout longest time one document may spend in parsing
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeout) {

  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
  public static final int DEFAULT_MAX_CHARS = 4_000_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }

  /** A size for messages: megabytes with one decimal, or kilobytes or bytes when that would read 0.0 MB. */
  public static String size(long bytes) {
    if (bytes >= 104_858) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
    if (bytes >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  /** The error for a file of {@code size} bytes over this limit. */
  public ExtractionException tooLarge(String source, long size) {
    return new ExtractionException(source, ExtractionException.Reason.TOO_LARGE,
        "file too large (" + size(size) + "; limit " + size(maxBytes) + ", see --max-file-size)");
  }
}
