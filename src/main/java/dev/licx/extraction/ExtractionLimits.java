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
}
