package dev.licx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;

/**
 * Decodes plain-text bytes: a byte-order mark wins, then strict UTF-8, then Tika's charset
 * detection. Line endings become {@code \n}, so offsets are the same whatever system wrote the file.
 */
public final class TextDecoder {

  /** Decoded text, and a warning when the charset had to be guessed. */
  public record Decoded(String text, Charset charset, String warning) {}

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return done(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return done(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return done(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
    }
    if (looksLikeUtf16(bytes)) {
      Charset cs = zeroRatio(bytes, 0) > zeroRatio(bytes, 1) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return done(new String(bytes, cs), cs, null);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return done(text, StandardCharsets.UTF_8, null);
    } catch (CharacterCodingException notUtf8) {
      int[] counts = utf8Sequences(bytes);
      // Mostly UTF-8 with a few broken bytes (a bad copy, a truncated character): keep it UTF-8,
      // since decoding the whole file as a legacy charset would garble every correct character.
      // Legacy-charset text almost never forms a well-formed multi-byte sequence by chance.
      if (counts[0] > 0 && counts[1] <= counts[0]) {
        return done(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
            counts[1] + (counts[1] == 1 ? " invalid UTF-8 sequence" : " invalid UTF-8 sequences")
                + " replaced with U+FFFD");
      }
      Charset guessed = guess(bytes);
      return done(
          new String(bytes, guessed),
          guessed,
          "not valid UTF-8; decoded as " + guessed.name());
    }
  }

  /** Counts of well-formed multi-byte UTF-8 sequences and of invalid bytes. */
  static int[] utf8Sequences(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xc0) == 0x80;
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  /** True when every other byte of the start is NUL, as in UTF-16 text without a byte-order mark. */
  public static boolean looksLikeUtf16(byte[] bytes) {
    if (bytes.length < 8) {
      return false;
    }
    return Math.max(zeroRatio(bytes, 0), zeroRatio(bytes, 1)) > 0.9
        && Math.min(zeroRatio(bytes, 0), zeroRatio(bytes, 1)) < 0.1;
  }

  private static double zeroRatio(byte[] bytes, int parity) {
    int limit = Math.min(bytes.length, 4096);
    int zeros = 0;
    int total = 0;
    for (int i = parity; i < limit; i += 2) {
      total++;
      if (bytes[i] == 0) {
        zeros++;
      }
    }
    return total == 0 ? 0 : (double) zeros / total;
  }

  private static Charset guess(byte[] bytes) {
    try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes))) {
      Charset cs = reader.getCharset();
      // Bytes 0x80-0x9f in ISO-8859-1 text are almost always windows-1252 quotes, dashes and the
      // euro sign, not C1 control characters; browsers decode ISO-8859-1 this way as well.
      // A UTF-16 or UTF-32 guess without a byte-order mark or NUL pattern is a detector's reading
      // of noise; a single-byte decoding lets the caller see the noise for what it is.
      boolean wide = cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
      return cs.equals(StandardCharsets.UTF_8)
              || cs.equals(StandardCharsets.ISO_8859_1)
              || cs.equals(StandardCharsets.US_ASCII)
              || wide
          ? Charset.forName("windows-1252")
          : cs;
    } catch (IOException | TikaException e) {
      return Charset.forName("windows-1252");
    }
  }

  private static Decoded done(String text, Charset charset, String warning) {
    return new Decoded(Texts.normalizeNewlines(text), charset, warning);
  }
}
