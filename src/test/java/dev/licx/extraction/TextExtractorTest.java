package dev.licx.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.ExtractionException.Reason;
import dev.licx.internal.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextExtractorTest {

  /** One extractor for the whole class: it is thread-safe and Tika's set-up is the slow part. */
  private static final TextExtractor EXTRACTOR = new TextExtractor();

  private static final String DOCX_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final String OPENING =
      "Pomona Systems Ltd. trains machine learning models and publishes some of them, together with"
          + " their weights, under the Orchard name.";
  private static final String GRANT_END =
      "The Licensor keeps every right that this License does not expressly give You.";
  private static final String PASS_THROUGH_A =
      "(a) include the restrictions in Sections 7.2 and 8, or restrictions that protect the Licensor"
          + " and the public at least as well;";
  private static final String NESTED_ITEM =
      "(i) the number of monthly active users of the service in the previous month; and";
  private static final String NOTICES =
      "4.1 Notices. Whenever You Distribute the Model or a Derivative Model, You must include a copy"
          + " of this License and a plain text file named NOTICE containing the attribution statement"
          + " described in Section 4.3.";

  @TempDir Path dir;

  // ---------------------------------------------------------------- formats

  @Test
  void plainTextIsTheFileItselfSoOffsetsPointIntoIt() throws Exception {
    String original = orchardText();
    Path file = write("orchard-license.txt", original.getBytes(StandardCharsets.UTF_8));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(original, extracted.text());
    assertEquals("text/plain", extracted.mediaType());
    assertEquals(file.toString(), extracted.source());
    assertEquals(List.of(), extracted.warnings());
    int at = extracted.text().indexOf("1. Definitions.");
    assertEquals("1. Definitions.", original.substring(at, at + "1. Definitions.".length()));
  }

  @Test
  void markdownIsKeptVerbatimAndDetectedAsMarkdown() throws Exception {
    byte[] markdown = resource("/fixtures/orchard-license.md");
    Path file = write("orchard-license.md", markdown);

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertTrue(extracted.mediaType().contains("markdown"), extracted.mediaType());
    assertEquals(new String(markdown, StandardCharsets.UTF_8), extracted.text());
    assertTrue(extracted.text().contains("## 3. Grant of Rights\n"));
  }

  @Test
  void htmlKeepsTheLicenseAndDropsScriptStyleTitleNavigationHeaderAndFooter() throws Exception {
    Path file = write("orchard-license.html", resource("/fixtures/orchard-license.html"));

    ExtractedText extracted = EXTRACTOR.extract(file);
    String text = extracted.text();
    List<String> lines = text.lines().toList();

    assertEquals("text/html", extracted.mediaType());
    assertTrue(text.startsWith("The Orchard Model License\n\nVersion 1.1, 14 March 2031\n\n"), text);
    assertTrue(text.endsWith("\n\nEND OF TERMS AND CONDITIONS"), text);
    // Paragraphs become one line each, blocks are separated by one blank line.
    assertTrue(lines.contains(NOTICES + " You must also keep every copyright line, license reference and"
        + " attribution note that the Licensor placed in the files You received, in the same files and"
        + " in a readable form."));
    assertTrue(text.contains("\n\nTERMS AND CONDITIONS\n\n1. Definitions\n\n"), text);
    assertTrue(lines.contains(PASS_THROUGH_A));
    assertTrue(lines.contains(NESTED_ITEM));
    assertTrue(text.contains(OPENING));
    assertTrue(text.contains(GRANT_END));
    assertFalse(text.contains("\n\n\n"));
    // <script> and <style>
    for (String furniture : List.of("orchardScriptLoaded", "orchardHighlightedSection",
        "DOMContentLoaded", "addEventListener", "font-family", "list-style")) {
      assertFalse(text.contains(furniture), furniture);
    }
    // <title>, the <header> brand and its <nav> menu
    assertFalse(text.contains("| Pomona Systems"));
    for (String menuLine : List.of("Pomona Systems", "Home", "Licenses", "Contact")) {
      assertFalse(lines.contains(menuLine), menuLine);
    }
    assertFalse(text.contains("Home"));
    assertFalse(text.contains("Contact"));
    // <footer>
    assertFalse(text.contains("All rights reserved"));
    assertFalse(text.contains("© 2031"));
    assertFalse(text.contains("Privacy"));
  }

  @Test
  void htmlSavedAsTxtIsDetectedFromItsContentAndStillLosesItsScript() throws Exception {
    Path file = write("license.txt", resource("/fixtures/orchard-license.html"));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals("text/html", extracted.mediaType());
    assertTrue(extracted.text().contains(OPENING));
    assertFalse(extracted.text().contains("orchardScriptLoaded"));
    assertFalse(extracted.text().contains("<p"));
  }

  @Test
  void pdfPagesKeepTheirParagraphsInReadingOrder() throws Exception {
    List<String> paragraphs = orchardParagraphs().subList(7, 19);
    Path file = write("orchard-license.pdf", pdf(paragraphs, 4));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals("application/pdf", extracted.mediaType());
    assertEquals(List.of(), extracted.warnings());
    List<String> blocks = blocks(extracted.text());
    assertEquals(paragraphs, blocks);
    // The PDF's own line breaks inside a paragraph are kept.
    assertTrue(extracted.text().lines().count() > paragraphs.size() * 2L);
  }

  @Test
  void pdfSavedAsTxtIsExtractedAsPdf() throws Exception {
    List<String> paragraphs = orchardParagraphs().subList(7, 11);
    Path file = write("license.txt", pdf(paragraphs, 4));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals("application/pdf", extracted.mediaType());
    assertEquals(paragraphs, blocks(extracted.text()));
    assertFalse(extracted.text().contains("%PDF"));
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordOpensWithoutOne() throws Exception {
    List<String> paragraphs = orchardParagraphs().subList(7, 9);
    Path file = write("restricted.pdf", encrypt(pdf(paragraphs, 4), ""));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(paragraphs, blocks(extracted.text()));
  }

  @Test
  void docxParagraphsAreBlocksAndALineBreakStaysInsideItsParagraph() throws Exception {
    List<String> paragraphs = orchardParagraphs().subList(7, 12);
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("The Orchard Model License");
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      XWPFRun run = doc.createParagraph().createRun();
      run.setText("Version 1.1, 14 March 2031");
      run.addBreak();
      run.setText("Copyright (C) 2029-2031 Pomona Systems Ltd.");
      doc.write(out);
      bytes = out.toByteArray();
    }
    Path file = write("orchard-license.docx", bytes);

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(DOCX_TYPE, extracted.mediaType());
    List<String> expected = new ArrayList<>();
    expected.add("The Orchard Model License");
    expected.addAll(paragraphs);
    expected.add("Version 1.1, 14 March 2031\nCopyright (C) 2029-2031 Pomona Systems Ltd.");
    assertEquals(expected, Arrays.asList(extracted.text().split("\n\n")));
  }

  @Test
  void docxPageHeadersAndFootersAreNotPartOfTheText() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("The Licensee may copy the Work.");
      org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
      policy.createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
          .createParagraph().createRun().setText("Pomona Systems confidential draft");
      policy.createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
          .createParagraph().createRun().setText("Orchard page footer");
      doc.write(out);
      bytes = out.toByteArray();
    }

    ExtractedText extracted = EXTRACTOR.extract(write("headed.docx", bytes));

    assertEquals("The Licensee may copy the Work.", extracted.text());
  }

  @Test
  void docxSavedAsTxtIsExtractedAsDocx() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(GRANT_END);
      doc.write(out);
      bytes = out.toByteArray();
    }
    ExtractedText extracted = EXTRACTOR.extract(write("license.txt", bytes));

    assertEquals(DOCX_TYPE, extracted.mediaType());
    assertEquals(GRANT_END, extracted.text());
  }

  @Test
  void odtHeadingsParagraphsListItemsAndLineBreaks() throws Exception {
    String body =
        "<text:h text:outline-level=\"1\">12. Termination</text:h>"
            + "<text:p>If You breach this License, the Licensor may send You a written notice that"
            + " describes the breach.</text:p>"
            + "<text:p>Version 1.1, 14 March 2031<text:line-break/>"
            + "Copyright (C) 2029-2031 Pomona Systems Ltd.</text:p>"
            + "<text:list><text:list-item><text:p>(i) Sections 10, 11 and 15;</text:p></text:list-item>"
            + "<text:list-item><text:p>(iii) Your ownership of Output that You generated before the"
            + " end date.</text:p></text:list-item></text:list>";
    Path file = write("termination.odt", odt(body));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals("application/vnd.oasis.opendocument.text", extracted.mediaType());
    assertEquals(
        "12. Termination\n\n"
            + "If You breach this License, the Licensor may send You a written notice that describes"
            + " the breach.\n\n"
            + "Version 1.1, 14 March 2031\nCopyright (C) 2029-2031 Pomona Systems Ltd.\n\n"
            + "(i) Sections 10, 11 and 15;\n\n"
            + "(iii) Your ownership of Output that You generated before the end date.",
        extracted.text());
  }

  @Test
  void rtfParagraphsEscapedAccentsAndLineBreaks() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\n"
            + "\\f0\\fs24 {\\b 15. Governing Law}\\par\n"
            + "This License is governed by the laws of England and Wales, without regard to any rule"
            + " that would point to another system of law.\\par\n"
            + "Letters for the Licensor may also go to its office in Montr\\'e9al\\line"
            + " marked \\'93Orchard\\'94.\\par\n"
            + "}";
    Path file = write("governing-law.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals("application/rtf", extracted.mediaType());
    assertEquals(
        "15. Governing Law\n\n"
            + "This License is governed by the laws of England and Wales, without regard to any rule"
            + " that would point to another system of law.\n\n"
            + "Letters for the Licensor may also go to its office in Montréal\nmarked “Orchard”.",
        extracted.text());
  }

  @Test
  void standardInputIsDetectedFromContentAlone() throws Exception {
    List<String> paragraphs = orchardParagraphs().subList(7, 9);

    ExtractedText pdf = EXTRACTOR.extract(new ByteArrayInputStream(pdf(paragraphs, 4)), "-");
    ExtractedText html =
        EXTRACTOR.extract(new ByteArrayInputStream(resource("/fixtures/orchard-license.html")), "-");
    ExtractedText text =
        EXTRACTOR.extract(new ByteArrayInputStream(resource("/fixtures/orchard-license.txt")), "-");

    assertEquals("-", pdf.source());
    assertEquals("application/pdf", pdf.mediaType());
    assertEquals(paragraphs, blocks(pdf.text()));
    assertEquals("text/html", html.mediaType());
    assertFalse(html.text().contains("orchardScriptLoaded"));
    assertEquals("text/plain", text.mediaType());
    assertEquals(orchardText(), text.text());
  }

  // -------------------------------------------------------------- encodings

  @Test
  void utf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
    String original = orchardText();
    Path file = write("bom.txt", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        original.getBytes(StandardCharsets.UTF_8)));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(original, extracted.text());
    assertEquals(List.of(), extracted.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithByteOrderMarkIsDecodedWithoutTheMark(String charset) throws Exception {
    String original = orchardText();
    Charset cs = Charset.forName(charset);
    Path file = write("utf16.txt", ("\ufeff" + original).getBytes(cs));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals("text/plain", extracted.mediaType());
    assertEquals(original, extracted.text());
    assertEquals(List.of(), extracted.warnings());
  }

  @Test
  void utf16LittleEndianWithoutByteOrderMarkIsRecognised() throws Exception {
    String original = orchardText();
    byte[] bytes = original.getBytes(StandardCharsets.UTF_16LE);

    ExtractedText fromFile = EXTRACTOR.extract(write("no-bom.txt", bytes));
    ExtractedText fromUnnamedFile = EXTRACTOR.extract(write("LICENSE", bytes));
    ExtractedText fromStdin = EXTRACTOR.extract(new ByteArrayInputStream(bytes), "-");

    for (ExtractedText extracted : List.of(fromFile, fromUnnamedFile, fromStdin)) {
      assertEquals("text/plain", extracted.mediaType());
      assertEquals(original, extracted.text());
      assertEquals(List.of(), extracted.warnings());
    }
  }

  @Test
  void windows1252IsDecodedWithAWarning() throws Exception {
    String original =
        "The word \u201cOrchard\u201d \u2013 with or without the apple-leaf device \u2013 costs \u20ac50"
            + " to licence.\nLetters may go to the Licensor\u2019s office in Montr\u00e9al.\n";
    Path file = write("cp1252.txt", original.getBytes(Charset.forName("windows-1252")));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(original, extracted.text());
    assertEquals(List.of("not valid UTF-8; decoded as windows-1252"), extracted.warnings());
  }

  @Test
  void latin1AccentedLettersAreDecodedWithAWarning() throws Exception {
    String original =
        "Café Orchard naïve façade: the Licensor's résumé was written in Zürich.\n";
    Path file = write("latin1.txt", original.getBytes(StandardCharsets.ISO_8859_1));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(original, extracted.text());
    assertEquals(List.of("not valid UTF-8; decoded as windows-1252"), extracted.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r"})
  void lineEndingsBecomeLineFeeds(String ending) throws Exception {
    String original = orchardText();
    Path file = write("endings.txt", original.replace("\n", ending).getBytes(StandardCharsets.UTF_8));

    ExtractedText extracted = EXTRACTOR.extract(file);

    assertEquals(original, extracted.text());
    assertFalse(extracted.text().contains("\r"));
  }

  @Test
  void invalidUtf8IsDecodedWithAWarningNotRejected() throws Exception {
    byte[] bytes = concat(
        "A claim raised as a counterclaim counts in the same way. ".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xff},
        "\nThe Licensor keeps every right.\n".getBytes(StandardCharsets.US_ASCII));

    ExtractedText extracted = EXTRACTOR.extract(write("broken.txt", bytes));

    assertEquals("text/plain", extracted.mediaType());
    assertTrue(extracted.text().startsWith("A claim raised as a counterclaim counts in the same way. "));
    assertTrue(extracted.text().endsWith("\nThe Licensor keeps every right.\n"));
    assertEquals(bytes.length, extracted.text().length(), "one character per byte");
    assertEquals(1, extracted.warnings().size());
    assertTrue(extracted.warnings().get(0).startsWith("not valid UTF-8; decoded as "));
  }

  // --------------------------------------------------------- hostile inputs

  @Test
  void emptyFileIsEmpty() throws Exception {
    ExtractionException e = failure(write("empty.txt", new byte[0]));

    assertEquals(Reason.EMPTY, e.reason());
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void whitespaceOnlyFileIsEmpty() throws Exception {
    ExtractionException e =
        failure(write("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)));

    assertEquals(Reason.EMPTY, e.reason());
    assertEquals("no text in document", e.getMessage());
  }

  @Test
  void htmlWithOnlyFurnitureIsEmpty() throws Exception {
    String html = "<!DOCTYPE html><html><head><title>Orchard</title><script>var a = 1;</script></head>"
        + "<body><nav><a href=\"/\">Home</a></nav><footer>Pomona Systems</footer></body></html>";

    ExtractionException e = failure(write("shell.html", html.getBytes(StandardCharsets.UTF_8)));

    assertEquals(Reason.EMPTY, e.reason());
    assertEquals("no text in document", e.getMessage());
  }

  @Test
  void binaryJunkNamedLikeATextFileIsStillRejected() throws Exception {
    byte[] junk = new byte[64 * 1024];
    new Random(20310315L).nextBytes(junk);

    ExtractionException e = failure(write("LICENSE.txt", junk));

    assertEquals(Reason.UNSUPPORTED, e.reason());
    assertTrue(e.getMessage().startsWith("binary content, not text"), e.getMessage());
  }

  @Test
  void binaryJunkIsUnsupportedAndTheMessageNamesTheDetectedType() throws Exception {
    byte[] junk = new byte[64 * 1024];
    new Random(20310314L).nextBytes(junk);

    ExtractionException fromFile = failure(write("orchard-weights.bin", junk));
    ExtractionException fromStdin =
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(new ByteArrayInputStream(junk), "-"));

    for (ExtractionException e : List.of(fromFile, fromStdin)) {
      assertEquals(Reason.UNSUPPORTED, e.reason());
      assertEquals(
          "unsupported format (application/octet-stream); licx reads PDF, HTML, plain text, Markdown,"
              + " DOCX, ODT and RTF",
          e.getMessage());
    }
    assertEquals("-", fromStdin.source());
  }

  @Test
  void truncatedPdfIsCorrupt() throws Exception {
    byte[] whole = pdf(orchardParagraphs().subList(7, 19), 4);
    Path file = write("truncated.pdf", Arrays.copyOf(whole, whole.length / 2));

    ExtractionException e = failure(file);

    assertEquals(Reason.CORRUPT, e.reason());
    assertTrue(e.getMessage().startsWith("corrupt or unreadable PDF: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void pdfWithAUserPasswordIsEncrypted() throws Exception {
    Path file = write("locked.pdf", encrypt(pdf(orchardParagraphs().subList(7, 9), 4), "pear-tree"));

    ExtractionException e = failure(file);

    assertEquals(Reason.ENCRYPTED, e.reason());
    assertEquals("document is encrypted; decrypt it first (e.g. qpdf --decrypt)", e.getMessage());
  }

  @Test
  void pdfWithEmptyPagesHasNoTextLayer() throws Exception {
    byte[] bytes;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.save(out);
      bytes = out.toByteArray();
    }

    ExtractionException e = failure(write("blank-pages.pdf", bytes));

    assertEquals(Reason.NO_TEXT_LAYER, e.reason());
    assertEquals(
        "PDF has no text layer (2 pages, probably scanned); run OCR first, e.g. ocrmypdf", e.getMessage());
  }

  @Test
  void scannedLookingPdfWithOnlyAnImageHasNoTextLayer() throws Exception {
    byte[] bytes;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage scan = new BufferedImage(120, 160, BufferedImage.TYPE_BYTE_GRAY);
      for (int y = 0; y < scan.getHeight(); y += 6) {
        for (int x = 10; x < scan.getWidth() - 10; x++) {
          scan.setRGB(x, y, 0x202020);
        }
      }
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 50, 200, 480, 540);
      }
      doc.save(out);
      bytes = out.toByteArray();
    }

    ExtractionException e = failure(write("scan.pdf", bytes));

    assertEquals(Reason.NO_TEXT_LAYER, e.reason());
    assertTrue(e.getMessage().contains("(1 page, probably scanned)"), e.getMessage());
    assertTrue(e.getMessage().contains("OCR"), e.getMessage());
  }

  @Test
  void deeplyNestedHtmlFinishesWithoutAStackOverflow() throws Exception {
    int depth = 100_000;
    Path file = dir.resolve("nested.html");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8));
      byte[] open = "<div>".getBytes(StandardCharsets.UTF_8);
      byte[] close = "</div>".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < depth; i++) {
        out.write(open);
      }
      out.write(GRANT_END.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < depth; i++) {
        out.write(close);
      }
      out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
    }

    // Either outcome is acceptable; a StackOverflowError or any other Error escaping is not.
    try {
      ExtractedText extracted = EXTRACTOR.extract(file);
      assertEquals(GRANT_END, extracted.text());
    } catch (ExtractionException e) {
      assertEquals(Reason.TOO_DEEP, e.reason(), e.getMessage());
      assertEquals("document structure is nested too deeply", e.getMessage());
    }
  }

  @Test
  void fiftyMegabyteFileIsTooLargeWithDefaultLimits() throws Exception {
    Path file = dir.resolve("huge.txt");
    byte[] chunk = new byte[1024 * 1024];
    byte[] text = orchardText().getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = text[i % text.length];
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }

    ExtractionException e = failure(file);

    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("file too large (50.0 MB; limit 32.0 MB, see --max-file-size)", e.getMessage());
  }

  @Test
  void fileSizeLimitIsInclusive() throws Exception {
    TextExtractor small = new TextExtractor(new ExtractionLimits(1000, 1000, Duration.ofSeconds(30)));
    byte[] fits = new byte[1000];
    Arrays.fill(fits, (byte) 'a');

    assertEquals(1000, small.extract(write("fits.txt", fits)).text().length());
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> small.extract(write("over.txt", concat(fits, fits))));
    assertEquals(Reason.TOO_LARGE, e.reason());
  }

  @Test
  void standardInputOverTheSizeLimitIsTooLargeAndIsNotReadToTheEnd() {
    long limit = 1024 * 1024;
    TextExtractor small = new TextExtractor(new ExtractionLimits(limit, 4_000_000, Duration.ofSeconds(30)));
    CountingLicenseStream in = new CountingLicenseStream(8 * limit);

    ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(in, "-"));

    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("-", e.source());
    assertEquals("input too large (over the 1.0 MB limit, see --max-file-size)", e.getMessage());
    assertTrue(in.served <= limit + 1, "read " + in.served + " bytes");
  }

  @Test
  void plainTextOverTheCharacterLimitIsTooMuchText() throws Exception {
    TextExtractor small = new TextExtractor(new ExtractionLimits(1 << 20, 1000, Duration.ofSeconds(30)));

    ExtractionException e = assertThrows(ExtractionException.class,
        () -> small.extract(write("orchard.txt", resource("/fixtures/orchard-license.txt"))));

    assertEquals(Reason.TOO_MUCH_TEXT, e.reason());
    assertEquals("more than 1000 characters of text (see --max-chars)", e.getMessage());
  }

  @Test
  void parsedFormatsOverTheCharacterLimitAreTooMuchText() throws Exception {
    TextExtractor small = new TextExtractor(new ExtractionLimits(1 << 20, 1000, Duration.ofSeconds(30)));
    Path html = write("orchard.html", resource("/fixtures/orchard-license.html"));
    Path pdf = write("orchard.pdf", pdf(orchardParagraphs().subList(7, 19), 4));

    for (Path file : List.of(html, pdf)) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(file));
      assertEquals(Reason.TOO_MUCH_TEXT, e.reason(), file.toString());
      assertEquals("more than 1000 characters of text (see --max-chars)", e.getMessage());
    }
  }

  @Test
  void characterLimitIsInclusive() throws Exception {
    String text = orchardText();
    TextExtractor exact = new TextExtractor(new ExtractionLimits(1 << 20, text.length(), Duration.ofSeconds(30)));

    assertEquals(text, exact.extract(write("orchard.txt", text.getBytes(StandardCharsets.UTF_8))).text());
  }

  @Test
  void slowParseTimesOut() throws Exception {
    List<String> paragraphs = orchardParagraphs();
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(paragraphs.get(i % paragraphs.size()));
    }
    Path file = write("long.pdf", pdf(many, 6));
    TextExtractor impatient =
        new TextExtractor(new ExtractionLimits(ExtractionLimits.DEFAULT_MAX_BYTES, 4_000_000, Duration.ofMillis(1)));

    long start = System.nanoTime();
    ExtractionException e = assertThrows(ExtractionException.class, () -> impatient.extract(file));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(Reason.TIMEOUT, e.reason());
    assertEquals("parsing took longer than 0.001 s (see --timeout)", e.getMessage());
    assertTrue(millis < 5_000, "gave up after " + millis + " ms");
    // The same document within the default limits is fine: it was the time limit that stopped it.
    assertTrue(Texts.collapseWhitespace(EXTRACTOR.extract(file).text()).contains(GRANT_END));
  }

  @Test
  void missingFileIsNotFound() {
    Path missing = dir.resolve("no-such-license.txt");

    ExtractionException e = failure(missing);

    assertEquals(Reason.NOT_FOUND, e.reason());
    assertEquals("no such file", e.getMessage());
    assertEquals(missing.toString(), e.source());
  }

  @Test
  void directoryIsUnreadable() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("licenses"));

    ExtractionException e = failure(folder);

    assertEquals(Reason.UNREADABLE, e.reason());
    assertEquals("is a directory", e.getMessage());
  }

  // ---------------------------------------------------------------- helpers

  private ExtractionException failure(Path file) {
    return assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(file));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] resource(String name) {
    try (InputStream in = TextExtractorTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String orchardText() {
    return new String(resource("/fixtures/orchard-license.txt"), StandardCharsets.UTF_8);
  }

  /** The fixture's paragraphs, each unwrapped to one line. */
  private static List<String> orchardParagraphs() {
    List<String> paragraphs = new ArrayList<>();
    for (String p : orchardText().split("\n\n")) {
      paragraphs.add(Texts.collapseWhitespace(p));
    }
    return paragraphs;
  }

  /** Blocks of extracted text, each with its line breaks undone, for comparing with paragraphs. */
  private static List<String> blocks(String text) {
    return Arrays.stream(text.split("\n\n")).map(Texts::collapseWhitespace).toList();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A letter-size PDF with a Standard 14 font: paragraphs wrapped at 90 characters, a blank line apart. */
  private static byte[] pdf(List<String> paragraphs, int paragraphsPerPage) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int first = 0; first < paragraphs.size(); first += paragraphsPerPage) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(14);
          content.newLineAtOffset(50, 740);
          for (String paragraph : paragraphs.subList(first, Math.min(paragraphs.size(), first + paragraphsPerPage))) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
              if (line.length() > 0 && line.length() + word.length() > 90) {
                content.showText(line.toString());
                content.newLine();
                line.setLength(0);
              }
              line.append(line.length() > 0 ? " " : "").append(word);
            }
            content.showText(line.toString());
            content.newLine();
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.protect(new StandardProtectionPolicy("orchard-owner", userPassword, new AccessPermission()));
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A minimal valid ODT: an uncompressed mimetype entry first, then content and manifest. */
  private static byte[] odt(String officeTextBody) throws IOException {
    String mediaType = "application/vnd.oasis.opendocument.text";
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>" + officeTextBody + "</office:text></office:body>"
            + "</office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      byte[] mimetype = mediaType.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Standard input that never ends on its own: license text repeated up to a total, counting what is read. */
  private static final class CountingLicenseStream extends InputStream {
    private final byte[] text = orchardText().getBytes(StandardCharsets.UTF_8);
    private final long total;
    long served;

    CountingLicenseStream(long total) {
      this.total = total;
    }

    @Override
    public int read() {
      if (served >= total) {
        return -1;
      }
      return text[(int) (served++ % text.length)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - served);
      for (int i = 0; i < n; i++) {
        b[off + i] = text[(int) (served++ % text.length)];
      }
      return n;
    }
  }
}
