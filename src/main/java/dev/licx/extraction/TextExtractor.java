package dev.licx.extraction;

import dev.licx.extraction.ExtractionException.Reason;
import dev.licx.internal.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns a document of any supported format into plain text with Apache Tika.
 *
 * <p>Plain text and Markdown are decoded here rather than by Tika's text parser, so that the
 * extracted text is the file's own characters and offsets point straight into its lines. Every
 * other format goes through Tika, under the size, character and time bounds of {@link
 * ExtractionLimits}. Instances are thread-safe.
 */
public final class TextExtractor {

  private static final Set<String> TIKA_TYPES =
      Set.of(
          "application/pdf",
          "text/html",
          "application/xhtml+xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
          "application/vnd.ms-word.document.macroenabled.12",
          "application/msword",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.text-template",
          "application/rtf");

  /** Elements whose content is page furniture, not document text. */
  private static final Set<String> DISCARDED_HTML =
      Set.of(
          "nav", "header", "footer", "aside", "form", "button", "select", "template", "svg",
          "iframe", "object", "noscript", "menu", "dialog");

  private static final String SUPPORTED =
      "licx reads PDF, HTML, plain text, Markdown, DOCX, ODT and RTF";

  private final ExtractionLimits limits;
  private volatile Detector detector;
  private volatile Parser parser;

  public TextExtractor() {
    this(ExtractionLimits.DEFAULT);
  }

  public TextExtractor(ExtractionLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /** Extracts the text of a file. */
  public ExtractedText extract(Path file) throws ExtractionException {
    return extract(read(file), file.toString(), file.getFileName() == null ? null : file.getFileName().toString());
  }

  /**
   * The bytes of a file, refused beyond the size limit before they are read; for callers that
   * need the bytes themselves (a checksum) as well as the text.
   */
  public byte[] read(Path file) throws ExtractionException {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new ExtractionException(source, Reason.UNREADABLE, "is a directory");
      }
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(source, size);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ExtractionException(source, Reason.NOT_FOUND, "no such file", e);
    } catch (IOException e) {
      throw new ExtractionException(source, Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Extracts the text of a stream, reading at most the byte limit plus one byte. */
  public ExtractedText extract(InputStream in, String source) throws ExtractionException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new ExtractionException(source, Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxBytes()) {
      // Only the limit plus one byte was read: the true size is unknown.
      throw new ExtractionException(
          source,
          Reason.TOO_LARGE,
          "input too large (over the " + ExtractionLimits.size(limits.maxBytes()) + " limit, see --max-file-size)");
    }
    return extract(bytes, source, null);
  }

  /**
   * Extracts the text of bytes already read.
   *
   * @param source how messages and results name the document
   * @param fileName the file's name, a hint for type detection, or null
   */
  public ExtractedText extract(byte[] bytes, String source, String fileName) throws ExtractionException {
    if (bytes.length == 0) {
      throw new ExtractionException(source, Reason.EMPTY, "empty file");
    }
    String type = detect(bytes, fileName);
    List<String> warnings = new ArrayList<>();
    String text;
    if (isPlainText(type)
        || ("application/octet-stream".equals(type) && TextDecoder.looksLikeUtf16(bytes))) {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      if (looksBinary(decoded.text())) {
        // A name like "LICENSE.txt" makes Tika say text/plain even for random bytes.
        throw new ExtractionException(source, Reason.UNSUPPORTED,
            "binary content, not text (named like " + type + "); " + SUPPORTED);
      }
      if (decoded.warning() != null) {
        warnings.add(decoded.warning());
      }
      type = isPlainText(type) ? type : "text/plain";
      text = decoded.text();
    } else if (TIKA_TYPES.contains(type)) {
      text = parseWithTika(bytes, source, type, fileName);
    } else {
      throw new ExtractionException(
          source, Reason.UNSUPPORTED, "unsupported format (" + type + "); " + SUPPORTED);
    }
    if (text.length() > limits.maxChars()) {
      throw tooMuchText(source);
    }
    if (text.isBlank()) {
      throw new ExtractionException(source, Reason.EMPTY, "no text in document");
    }
    return new ExtractedText(source, type, text, warnings);
  }

  /** More than one character in twenty a control character or U+FFFD: not a text anyone wrote. */
  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 65_536);
    if (n < 16) {
      return false;
    }
    int odd = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f') || c == '\ufffd') {
        odd++;
      }
    }
    return odd * 20 > n;
  }

  private static boolean isPlainText(String type) {
    return type.startsWith("text/") && !type.equals("text/html");
  }

  private String detect(byte[] bytes, String fileName) throws ExtractionException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType type = detector().detect(in, metadata);
      return type.getBaseType().toString().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      throw new ExtractionException(
          String.valueOf(fileName), Reason.UNREADABLE, "cannot detect type: " + e.getMessage(), e);
    }
  }

  private String parseWithTika(byte[] bytes, String source, String type, String fileName)
      throws ExtractionException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    metadata.set(Metadata.CONTENT_TYPE, type);
    boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
    BlockTextHandler handler = new BlockTextHandler(limits.maxChars(), html);
    ParseContext context = parseContext();
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              // A deep stack lets deeply nested markup parse; what still overflows is reported.
              Thread t = new Thread(null, r, "licx-extract", 64L * 1024 * 1024);
              t.setDaemon(true);
              return t;
            });
    try {
      Future<?> future =
          executor.submit(
              () -> {
                try (InputStream in = new ByteArrayInputStream(bytes)) {
                  parser().parse(in, handler, metadata, context);
                }
                return null;
              });
      try {
        future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new ExtractionException(
            source,
            Reason.TIMEOUT,
            "parsing took longer than "
                + BigDecimal.valueOf(limits.timeout().toMillis(), 3).stripTrailingZeros().toPlainString()
                + " s (see --timeout)");
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new ExtractionException(source, Reason.TIMEOUT, "interrupted", e);
      } catch (ExecutionException e) {
        throw translate(source, type, e.getCause());
      }
    } finally {
      executor.shutdownNow();
    }
    String text = handler.text();
    if (text.isBlank() && type.equals("application/pdf")) {
      Integer pages = metadata.getInt(PagedText.N_PAGES);
      if (pages != null && pages > 0) {
        throw new ExtractionException(
            source,
            Reason.NO_TEXT_LAYER,
            "PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages")
                + ", probably scanned); run OCR first, e.g. ocrmypdf");
      }
    }
    return text;
  }

  private ExtractionException translate(String source, String type, Throwable cause) {
    if (cause instanceof StackOverflowError) {
      return new ExtractionException(source, Reason.TOO_DEEP, "document structure is nested too deeply");
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BlockTextHandler.TooMuchTextException) {
        return tooMuchText(source);
      }
      if (t instanceof EncryptedDocumentException) {
        return new ExtractionException(
            source, Reason.ENCRYPTED, "document is encrypted; decrypt it first (e.g. qpdf --decrypt)", t);
      }
      if (t instanceof ZeroByteFileException) {
        return new ExtractionException(source, Reason.EMPTY, "empty file", t);
      }
      if (t instanceof StackOverflowError) {
        return new ExtractionException(source, Reason.TOO_DEEP, "document structure is nested too deeply");
      }
    }
    if (cause instanceof Error e && !(cause instanceof StackOverflowError)) {
      throw e;
    }
    String detail = firstLine(cause instanceof TikaException && cause.getCause() != null
        ? cause.getCause().getMessage() : cause.getMessage());
    return new ExtractionException(
        source,
        Reason.CORRUPT,
        "corrupt or unreadable " + describe(type) + (detail.isEmpty() ? "" : ": " + detail),
        cause);
  }

  private static String describe(String type) {
    return switch (type) {
      case "application/pdf" -> "PDF";
      case "text/html", "application/xhtml+xml" -> "HTML";
      case "application/rtf" -> "RTF";
      case "application/msword" -> "Word document";
      case "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.text-template" -> "ODT";
      default -> type.contains("wordprocessingml") || type.contains("ms-word") ? "DOCX" : type;
    };
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    line = nl >= 0 ? line.substring(0, nl) : line;
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  private ExtractionException tooLarge(String source, long size) {
    return limits.tooLarge(source, size);
  }

  private ExtractionException tooMuchText(String source) {
    return new ExtractionException(
        source,
        Reason.TOO_MUCH_TEXT,
        "more than " + limits.maxChars() + " characters of text (see --max-chars)");
  }

  private static ParseContext parseContext() {
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, new DiscardingHtmlMapper());
    context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractAnnotationText(false);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    // Page headers and footers repeat a title or a page number; they are not clauses.
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  private Detector detector() {
    Detector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          d = TikaConfig.getDefaultConfig().getDetector();
          detector = d;
        }
      }
    }
    return d;
  }

  private Parser parser() {
    Parser p = parser;
    if (p == null) {
      synchronized (this) {
        p = parser;
        if (p == null) {
          p = new AutoDetectParser(TikaConfig.getDefaultConfig());
          parser = p;
        }
      }
    }
    return p;
  }

  /** Drops navigation, forms and other page furniture on top of Tika's own script/style removal. */
  private static final class DiscardingHtmlMapper extends DefaultHtmlMapper {
    @Override
    public boolean isDiscardElement(String name) {
      return DISCARDED_HTML.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
    }
  }

  /** Attachments and embedded objects are not part of a license's text; skipping them bounds work. */
  private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      // never called: shouldParseEmbedded is false
    }
  }
}
