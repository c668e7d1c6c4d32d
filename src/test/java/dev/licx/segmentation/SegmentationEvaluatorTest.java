package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.TextExtractor;
import dev.licx.testing.SharedLicenses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The segmentation quality target of the project, measured on the real gold annotations. */
class SegmentationEvaluatorTest {

  private static final Path GOLD = Path.of("corpus/segmentation/gold");

  @Test
  void goldCoversAtLeastFifteenLicensesAndNoHeldOutFile() throws IOException {
    Path licenses = SharedLicenses.assumeLicenses();
    Set<String> holdout = SharedLicenses.holdout();
    List<Path> files;
    try (Stream<Path> s = Files.list(GOLD)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).toList();
    }
    assertTrue(files.size() >= 15, files.size() + " gold files");
    for (Path f : files) {
      GoldSegmentation g = GoldSegmentation.read(f);
      assertFalse(holdout.contains(g.source()), g.source() + " is held out");
      assertTrue(Files.exists(licenses.resolve(g.source())), g.source());
    }
  }

  @Test
  void licxMeetsTheBoundaryTargetsAndBeatsTheSentenceDetectorAlone() throws IOException {
    Path licenses = SharedLicenses.assumeLicenses();
    SegmentationEvaluator evaluator = new SegmentationEvaluator(new TextExtractor());
    SegmentationEvaluator.Report licx = evaluator.evaluate(GOLD, licenses, SegmentationEvaluator.licx(new Segmenter()));
    SegmentationEvaluator.Report baseline = evaluator.evaluate(GOLD, licenses,
        SegmentationEvaluator.sentenceDetectorOnly(SentenceSplitter.loadDefaultModel()));
    licx.documents().forEach(d -> assertNull(d.error(), d.source()));
    assertTrue(licx.total().precision() >= 0.95, "precision " + licx.total().precision());
    assertTrue(licx.total().recall() >= 0.95, "recall " + licx.total().recall());
    assertTrue(licx.total().f1() > baseline.total().f1() + 0.1);
  }

  @Test
  void aDocumentWhoseTextChangedIsReportedNotScored(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path texts = dir.resolve("texts");
    Path gold = dir.resolve("gold");
    Files.createDirectories(texts);
    Files.createDirectories(gold);
    Files.writeString(texts.resolve("a.txt"), "One sentence. Two sentences.", java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("a.tsv"), "# source: a.txt\n# sha256: 00\nstart\tend\tkind\n0\t13\tsentence\n",
        java.nio.charset.StandardCharsets.UTF_8);
    SegmentationEvaluator.Report r = new SegmentationEvaluator(new TextExtractor())
        .evaluate(gold, texts, SegmentationEvaluator.licx(new Segmenter()));
    assertEquals(1, r.documents().size());
    assertTrue(r.documents().get(0).error().contains("checksum"));
    assertEquals(0, r.total().gold());
  }
}
