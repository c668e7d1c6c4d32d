package dev.licx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final String GRANT =
      "Subject to the terms of this License, the Licensor gives You a worldwide, non-exclusive,\n"
          + "non-transferable and royalty-free permission to use the Model.\n";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void validUtf8IsDecodedAsItIsWithoutWarning() {
    String text = "Letters may go to the Licensor\u2019s office in Montr\u00e9al \u2014 \u201cOrchard\u201d, \u20ac50.\n";

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));

    assertEquals(text, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertNull(decoded.warning());
  }

  @Test
  void utf8ByteOrderMarkIsRemoved() {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(concat(bytes(0xef, 0xbb, 0xbf), GRANT.getBytes(StandardCharsets.UTF_8)));

    assertEquals(GRANT, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertNull(decoded.warning());
  }

  @Test
  void byteOrderMarkAloneIsEmptyText() {
    assertEquals("", TextDecoder.decode(bytes(0xef, 0xbb, 0xbf)).text());
    assertEquals("", TextDecoder.decode(bytes(0xff, 0xfe)).text());
    assertEquals("", TextDecoder.decode(bytes(0xfe, 0xff)).text());
  }

  @Test
  void noBytesIsEmptyUtf8() {
    TextDecoder.Decoded decoded = TextDecoder.decode(new byte[0]);

    assertEquals("", decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertNull(decoded.warning());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16ByteOrderMarkPicksTheByteOrder(String name) {
    Charset charset = Charset.forName(name);
    String text = "Montr\u00e9al \u2014 \u201cOrchard\u201d\n" + GRANT;

    TextDecoder.Decoded decoded = TextDecoder.decode(("\ufeff" + text).getBytes(charset));

    assertEquals(text, decoded.text());
    assertEquals(charset, decoded.charset());
    assertNull(decoded.warning());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes(String name) {
    Charset charset = Charset.forName(name);

    TextDecoder.Decoded decoded = TextDecoder.decode(GRANT.getBytes(charset));

    assertEquals(GRANT, decoded.text());
    assertEquals(charset, decoded.charset());
    assertNull(decoded.warning());
  }

  @Test
  void looksLikeUtf16OnlyForAlternatingZeroBytes() {
    assertTrue(TextDecoder.looksLikeUtf16(GRANT.getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(TextDecoder.looksLikeUtf16(GRANT.getBytes(StandardCharsets.UTF_16BE)));
    assertFalse(TextDecoder.looksLikeUtf16(GRANT.getBytes(StandardCharsets.UTF_8)));
    // Too short to tell: "Orchard" is 7 bytes.
    assertFalse(TextDecoder.looksLikeUtf16("Orc".getBytes(StandardCharsets.UTF_16LE)));
    // All zeros, or zeros in both byte positions (UTF-32), is not UTF-16.
    assertFalse(TextDecoder.looksLikeUtf16(new byte[64]));
    assertFalse(TextDecoder.looksLikeUtf16("Orchard".getBytes(Charset.forName("UTF-32LE"))));
  }

  @Test
  void utf16DetectionLooksOnlyAtTheStart() {
    // UTF-16 text with non-Latin characters later on is still recognised from its Latin start.
    byte[] utf16 = (GRANT.repeat(40) + "\u0416\u0418\u0417\u041d\u042c").getBytes(StandardCharsets.UTF_16LE);

    TextDecoder.Decoded decoded = TextDecoder.decode(utf16);

    assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
    assertTrue(decoded.text().endsWith("\u0416\u0418\u0417\u041d\u042c"));
  }

  @Test
  void windowsLineEndingsBecomeLineFeeds() {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(GRANT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

    assertEquals(GRANT, decoded.text());
  }

  @Test
  void oldMacLineEndingsBecomeLineFeeds() {
    assertEquals(GRANT, TextDecoder.decode(GRANT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void mixedLineEndingsAreAllNormalised() {
    byte[] mixed = "One\r\nTwo\rThree\nFour\r\n\r\nFive".getBytes(StandardCharsets.UTF_8);

    assertEquals("One\nTwo\nThree\nFour\n\nFive", TextDecoder.decode(mixed).text());
  }

  @Test
  void lineEndingsAreNormalisedInUtf16Too() {
    byte[] crlf = ("\ufeff" + GRANT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16BE);

    assertEquals(GRANT, TextDecoder.decode(crlf).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void windows1252QuotesDashesAndEuroAreDecodedWithAWarning(String lineEnd) {
    // Tika's detector calls the LF version ISO-8859-1, which would turn the quotes into C1 controls.
    String text = "The word \u201cOrchard\u201d \u2013 with or without the apple-leaf device \u2013 costs"
        + " \u20ac50 to licence." + lineEnd
        + "Letters may go to the Licensor\u2019s office in Montr\u00e9al." + lineEnd;

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(WINDOWS_1252));

    assertEquals(text.replace("\r\n", "\n"), decoded.text());
    assertEquals(WINDOWS_1252, decoded.charset());
    assertEquals("not valid UTF-8; decoded as windows-1252", decoded.warning());
  }

  @Test
  void latin1AccentedLettersAreDecodedWithAWarning() {
    String text = "Caf\u00e9 Orchard, na\u00efve fa\u00e7ade: the r\u00e9sum\u00e9 was written in Z\u00fcrich.\n";

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(text, decoded.text());
    assertEquals("not valid UTF-8; decoded as " + decoded.charset().name(), decoded.warning());
  }

  @Test
  void aSingleHighByteIsDecodedNotRejected() {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes(0xe9));

    assertEquals("\u00e9", decoded.text());
    assertTrue(decoded.warning().startsWith("not valid UTF-8; decoded as "), decoded.warning());
  }

  @Test
  void utf8CutInsideACharacterIsDecodedWithAWarning() {
    byte[] whole = "The Licensor\u2019s".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 2);

    TextDecoder.Decoded decoded = TextDecoder.decode(cut);

    assertTrue(decoded.text().startsWith("The Licensor"), decoded.text());
    assertTrue(decoded.warning().startsWith("not valid UTF-8; decoded as "), decoded.warning());
  }

  @Test
  void utf8WithAStrayByteStaysUtf8AndTheBadByteIsReplaced() {
    byte[] good = "A clause with \u201cquotes\u201d and \u2014 a dash, then ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 2);
    bytes[good.length] = (byte) 0xff;
    bytes[good.length + 1] = 'x';

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    assertTrue(decoded.text().startsWith("A clause with \u201cquotes\u201d and \u2014"), decoded.text());
    assertTrue(decoded.text().endsWith("\ufffdx"), decoded.text());
    assertEquals("1 invalid UTF-8 sequence replaced with U+FFFD", decoded.warning());
  }

  @Test
  void wellFormedAndBrokenUtf8SequencesAreCounted() {
    byte[] bytes = {'a', (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x80, (byte) 0x94, (byte) 0xff, (byte) 0xc3};
    assertArrayEquals(new int[] {2, 2}, TextDecoder.utf8Sequences(bytes));
  }
}
