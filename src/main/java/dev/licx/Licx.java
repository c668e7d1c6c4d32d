package dev.licx;

import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.ClauseClassifier;
import dev.licx.classification.DocumentClassifier;
import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.segmentation.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;

/**
 * The library's entry point: documents in, typed clauses out.
 *
 * <pre>{@code
 * Licx licx = Licx.create();
 * ClassifiedDocument doc = licx.extract(Path.of("LICENSE"));
 * doc.clauses().forEach(c -> System.out.println(c.type().id() + " | " + c.text()));
 * }</pre>
 *
 * <p>Not thread-safe (the sentence detector and categorizer keep state); use one per thread.
 */
public final class Licx {

  private final TextExtractor extractor;
  private final Segmenter segmenter;
  private final DoccatModel model;
  private DocumentClassifier classifier;

  private Licx(TextExtractor extractor, Segmenter segmenter, DoccatModel model) {
    this.extractor = extractor;
    this.segmenter = segmenter;
    this.model = model;
  }

  /** Default limits and the shipped clause model (loaded on first use). */
  public static Licx create() {
    return create(ExtractionLimits.DEFAULT);
  }

  public static Licx create(ExtractionLimits limits) {
    return new Licx(new TextExtractor(limits), new Segmenter(), null);
  }

  /** Uses {@code model} instead of the shipped clause model. */
  public static Licx create(ExtractionLimits limits, DoccatModel model) {
    return new Licx(new TextExtractor(limits), new Segmenter(), model);
  }

  public ExtractedText text(Path file) throws ExtractionException {
    return extractor.extract(file);
  }

  public ExtractedText text(InputStream in, String source) throws ExtractionException {
    return extractor.extract(in, source);
  }

  /** The text of a license on the bundled SPDX License List. */
  public static ExtractedText spdx(String id) throws ExtractionException {
    return SpdxLicenseList.extract(id);
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

  /** Extracts, segments and classifies a document. */
  public ClassifiedDocument extract(Path file) throws ExtractionException {
    return extract(extractor.extract(file));
  }

  public ClassifiedDocument extract(ExtractedText text) {
    return classifier().classify(segmenter.segment(text));
  }

  private DocumentClassifier classifier() {
    if (classifier == null) {
      try {
        classifier = new DocumentClassifier(new ClauseClassifier(model != null ? model : ClauseClassifier.loadDefaultModel()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return classifier;
  }
}
