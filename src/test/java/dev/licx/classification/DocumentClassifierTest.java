package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.ExtractedText;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.segmentation.Segmenter;
import dev.licx.testing.SharedLicenses;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

  private static SegmentedDocument orchard;
  private static ClassifiedDocument classified;
  private static ClauseClassifier classifier;

  @BeforeAll
  static void classifyTheFixture() throws IOException {
    String text = SharedLicenses.resource("/fixtures/orchard-license.txt");
    orchard = new Segmenter().segment(
        new ExtractedText("orchard-license.txt", "text/plain", text, List.of("a warning passed along")));
    classifier = new ClauseClassifier(ClauseClassifier.loadDefaultModel());
    classified = new DocumentClassifier(classifier).classify(orchard);
  }

  private static Clause containing(String words) {
    List<Clause> found = classified.clauses().stream().filter(c -> c.text().contains(words)).toList();
    assertEquals(1, found.size(), "clauses containing: " + words);
    return found.get(0);
  }

  @Test
  void everySegmentGetsExactlyOneClauseInOrder() {
    List<Segment> segments = orchard.segments();
    assertTrue(segments.size() > 50, "segments: " + segments.size());
    assertEquals(segments.size(), classified.clauses().size());
    for (int i = 0; i < segments.size(); i++) {
      Clause c = classified.clauses().get(i);
      assertSame(segments.get(i), c.segment());
      assertEquals(segments.get(i).index(), c.index());
      assertTrue(c.confidence() > 0 && c.confidence() <= 1);
    }
  }

  @Test
  void theDocumentsDescriptionIsCarriedOver() {
    assertEquals("orchard-license.txt", classified.source());
    assertEquals("text/plain", classified.mediaType());
    assertEquals(orchard.characters(), classified.characters());
    assertEquals(List.of("a warning passed along"), classified.warnings());
  }

  @Test
  void eachSegmentIsClassifiedWithItsSectionKindAndPredecessor() {
    List<Segment> segments = orchard.segments();
    String previous = "";
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      assertEquals(classifier.classify(s.text(), s.section(), s.kind().id(), previous),
          classified.clauses().get(i).classification(), "segment " + i);
      previous = s.text();
    }
  }

  @Test
  void theUserThresholdIsAUsageThreshold() {
    assertEquals(ClauseType.USAGE_THRESHOLD, containing("50 million monthly active users").type());
  }

  @Test
  void theBanOnImprovingOtherModelsIsModelTraining() {
    assertEquals(ClauseType.MODEL_TRAINING, containing("improve a machine learning model").type());
  }

  @Test
  void theCapitalsDisclaimerIsAWarrantyDisclaimer() {
    assertEquals(ClauseType.WARRANTY_DISCLAIMER, containing("WITH ALL THEIR FAULTS").type());
  }

  @Test
  void theGoverningLawSentenceIsGoverningLaw() {
    assertEquals(ClauseType.GOVERNING_LAW, containing("governed by the laws of England").type());
  }

  @Test
  void ofTypeSelectsInDocumentOrder() {
    List<Clause> definitions = classified.ofType(ClauseType.DEFINITIONS);
    assertTrue(definitions.stream().allMatch(c -> c.type() == ClauseType.DEFINITIONS));
    for (int i = 1; i < definitions.size(); i++) {
      assertTrue(definitions.get(i - 1).index() < definitions.get(i).index());
    }
    long total = 0;
    for (ClauseType t : ClauseType.values()) {
      total += classified.ofType(t).size();
    }
    assertEquals(classified.clauses().size(), total);
  }
}
