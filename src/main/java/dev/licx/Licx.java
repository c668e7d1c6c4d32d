package dev.licx;

import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.segmentation.Segmenter;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The library's entry point: documents in, segments out.
 *
 * <pre>{@code
 * Licx licx = Licx.create();
 * SegmentedDocument doc = licx.segment(Path.of("LICENSE"));
 * doc.segments().forEach(s -> System.out.println(s.section() + " | " + s.text()));
 * }</pre>
 *
 * <p>Not thread-safe (the sentence detector keeps state); use one instance per thread.
 */
public final class Licx {

  private final TextExtractor extractor;
  private final Segmenter segmenter;

  private Licx(TextExtractor extractor, Segmenter segmenter) {
    this.extractor = extractor;
    this.segmenter = segmenter;
  }

  public static Licx create() {
    return create(ExtractionLimits.DEFAULT);
  }

  public static Licx create(ExtractionLimits limits) {
    return new Licx(new TextExtractor(limits), new Segmenter());
  }

  public ExtractedText extract(Path file) throws ExtractionException {
    return extractor.extract(file);
  }

  public ExtractedText extract(InputStream in, String source) throws ExtractionException {
    return extractor.extract(in, source);
  }

  public SegmentedDocument segment(Path file) throws ExtractionException {
    return segmenter.segment(extractor.extract(file));
  }

  public SegmentedDocument segment(ExtractedText text) {
    return segmenter.segment(text);
  }

  /** Segments a string that is already plain text. */
  public SegmentedDocument segment(String text, String source) {
    return segmenter.segment(new ExtractedText(source, "text/plain", text));
  }
}
