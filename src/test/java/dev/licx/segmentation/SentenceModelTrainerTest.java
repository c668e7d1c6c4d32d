package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.SentenceModelTrainer.GoldDocument;
import dev.licx.testing.SharedLicenses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Training a sentence model on gold segmentations (see docs/sentence-model.md). */
class SentenceModelTrainerTest {

  private static final Path GOLD = Path.of("corpus/segmentation/gold");

  private static GoldDocument load(Path licenses, String goldFile) throws IOException {
    return SentenceModelTrainer.load(GoldSegmentation.read(GOLD.resolve(goldFile)), licenses,
        SharedLicenses.holdout(), new TextExtractor());
  }

  @Test
  void aModelTrainedOnTwoLicensesSegmentsAThirdWell() throws IOException {
    Path licenses = SharedLicenses.assumeLicenses();
    List<GoldDocument> train =
        List.of(load(licenses, "spdx__text__Apache-2.0.txt.tsv"), load(licenses, "spdx__text__GPL-2.0-only.txt.tsv"));
    GoldDocument heldOut = load(licenses, "spdx__text__EPL-1.0.txt.tsv");

    SentenceModel model = SentenceModelTrainer.train(train, SentenceModelTrainer.Config.DEFAULT);
    BoundaryScores scores = SentenceModelTrainer.pipeline(new Segmenter(model), heldOut);

    assertTrue(scores.f1() >= 0.95, "boundary F1 on the held-out license " + scores.f1());
    // The same inputs give the same model (OpenNLP only stamps the time of training).
    assertEquals(SentenceModelTrainer.fingerprint(SentenceModelTrainer.serialize(model)),
        SentenceModelTrainer.fingerprint(SentenceModelTrainer.serialize(
            SentenceModelTrainer.train(train, SentenceModelTrainer.Config.DEFAULT))));
  }

  @Test
  void everyTrainingSentenceEndsWhereOpenNlpLabelsASplit() throws IOException {
    Path licenses = SharedLicenses.assumeLicenses();
    GoldDocument doc = load(licenses, "spdx__text__Apache-2.0.txt.tsv");
    assertTrue(doc.samples().size() > 20, doc.samples().size() + " samples");
    for (SentenceSample sample : doc.samples()) {
      for (Span s : sample.getSentences()) {
        String sentence = s.getCoveredText(sample.getDocument()).toString();
        assertEquals(sentence.strip(), sentence);
        assertTrue(sentence.replaceAll("[\"'\u201d\u2019)\\]*_]+$", "").matches("(?s).*[.!?]"), sentence.length() + " chars");
      }
    }
  }

  @Test
  void aHeldOutDocumentIsRefused() throws IOException {
    Path licenses = SharedLicenses.assumeLicenses();
    GoldSegmentation gold = GoldSegmentation.read(GOLD.resolve("spdx__text__MIT.txt.tsv"));
    assertThrows(IOException.class,
        () -> SentenceModelTrainer.load(gold, licenses, Set.of(gold.source()), new TextExtractor()));
  }
}
