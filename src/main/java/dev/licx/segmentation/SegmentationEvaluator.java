package dev.licx.segmentation;

import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.TextExtractor;
import dev.licx.internal.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Scores a segmenter against the gold segmentations in a directory: boundary precision and recall
 * per document and over all documents.
 */
public final class SegmentationEvaluator {

  /** The score of one document, or why it could not be scored. */
  public record DocumentScore(String source, int goldSegments, int predictedSegments, BoundaryScores scores, String error) {}

  /** All documents' scores and their total. */
  public record Report(List<DocumentScore> documents, BoundaryScores total) {}

  private final TextExtractor extractor;

  public SegmentationEvaluator(TextExtractor extractor) {
    this.extractor = extractor;
  }

  /** Scores {@code segmenter} on every {@code *.tsv} gold file under {@code goldDir}. */
  public Report evaluate(Path goldDir, Path textsDir, Function<String, List<int[]>> segmenter)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<DocumentScore> docs = new ArrayList<>();
    BoundaryScores total = new BoundaryScores(0, 0, 0);
    for (Path file : files) {
      GoldSegmentation gold = GoldSegmentation.read(file);
      Path textFile = textsDir.resolve(gold.source());
      String error = null;
      String text = null;
      try {
        byte[] bytes = Files.readAllBytes(textFile);
        if (gold.sha256() != null && !gold.sha256().equalsIgnoreCase(Hashing.sha256(bytes))) {
          error = "checksum differs from the annotated text";
        } else {
          ExtractedText extracted = extractor.extract(textFile);
          text = extracted.text();
          if (gold.characters() >= 0 && gold.characters() != text.length()) {
            error = "extracted text has " + text.length() + " characters, gold expects " + gold.characters();
          }
        }
      } catch (IOException | ExtractionException e) {
        error = e.getMessage();
      }
      if (error != null) {
        docs.add(new DocumentScore(gold.source(), gold.segments().size(), 0, null, error));
        continue;
      }
      List<int[]> predicted = segmenter.apply(text);
      List<int[]> goldSpans =
          gold.segments().stream().map(s -> new int[] {s.start(), s.end()}).toList();
      BoundaryScores scores = BoundaryScores.of(predicted, goldSpans);
      total = total.plus(scores);
      docs.add(new DocumentScore(gold.source(), goldSpans.size(), predicted.size(), scores, null));
    }
    return new Report(docs, total);
  }

  /** The spans licx's segmenter produces. */
  public static Function<String, List<int[]>> licx(Segmenter segmenter) {
    return text -> segmenter.segment(text).stream().map(s -> new int[] {s.start(), s.end()}).toList();
  }

  /** The spans of OpenNLP's sentence detector alone, on the raw text: the baseline licx improves on. */
  public static Function<String, List<int[]>> sentenceDetectorOnly(SentenceModel model) {
    SentenceDetectorME detector = new SentenceDetectorME(model);
    return text -> Stream.of(detector.sentPosDetect(text))
        .map(s -> trim(text, s.getStart(), s.getEnd()))
        .filter(s -> s[0] < s[1])
        .toList();
  }

  private static int[] trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }
}
