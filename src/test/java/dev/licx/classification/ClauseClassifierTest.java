package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseClassifierTest {

  private static DoccatModel shipped;
  private static ClauseClassifier classifier;

  @BeforeAll
  static void load() throws IOException {
    shipped = ClauseClassifier.loadDefaultModel();
    classifier = new ClauseClassifier(shipped);
  }

  /** Sentences written for this test, each squarely inside one type. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      warranty-disclaimer  | THE KIT IS HANDED OVER "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, AND THE MAKER DOES NOT PROMISE THAT IT WILL WORK.
      governing-law        | This agreement is governed by the laws of the State of Delaware, and the courts of Wilmington have exclusive jurisdiction over any dispute.
      usage-threshold      | If your products had more than 20 million monthly active users in the previous month, you must request a separate license from us.
      model-training       | You may not use the model or any of its outputs to train, fine-tune or improve any other large language model.
      export-control       | You shall comply with all applicable export control and economic sanctions laws when you ship the weights abroad.
      definitions          | "Contributor" means any person who submits a change to the project.
      non-commercial       | You may not use the software for any commercial purpose or for monetary gain.
      trademark            | This license does not grant permission to use the trade names, logos or trademarks of the publisher.
      indemnification      | You agree to defend, indemnify and hold harmless the publisher from any claims arising from your use of the model.
      patent-retaliation   | If you institute patent litigation alleging that the software infringes a patent, your patent licenses under this agreement terminate on the date the suit is filed.
      liability-limitation | In no event shall the authors be liable for any damages, whether direct, indirect or consequential, arising from the use of the software.
      acceptance           | By downloading or using the model, you agree to be bound by the terms of this agreement.
      hosted-service       | You may not offer the software to third parties as a hosted or managed service.
      """)
  void clearCutSentencesGetTheirType(String type, String sentence) {
    Classification c = classifier.classify(sentence);
    assertEquals(ClauseType.fromId(type), c.type(), sentence);
    assertTrue(c.confidence() > 0 && c.confidence() <= 1, "confidence " + c.confidence());
    checkAlternatives(c);
  }

  private static void checkAlternatives(Classification c) {
    assertTrue(c.alternatives().size() <= 2, c.alternatives().toString());
    Set<ClauseType> seen = EnumSet.of(c.type());
    double previous = c.confidence();
    for (Classification.Alternative a : c.alternatives()) {
      assertTrue(seen.add(a.type()), "repeated type in " + c);
      assertTrue(a.confidence() <= previous, "not sorted: " + c);
      assertTrue(a.confidence() >= c.confidence() * ClauseClassifier.ALTERNATIVE_RATIO, "too far behind: " + c);
      previous = a.confidence();
    }
  }

  @Test
  void theShippedModelKnowsAll26Types() {
    DocumentCategorizerME me = new DocumentCategorizerME(shipped);
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < me.getNumberOfCategories(); i++) {
      labels.add(me.getCategory(i));
    }
    Set<String> ids = new HashSet<>();
    for (ClauseType t : ClauseType.values()) {
      ids.add(t.id());
    }
    assertEquals(ids, labels);
  }

  @Test
  void aModelLoadsFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.bin");
    try (InputStream in = ClauseClassifier.class.getResourceAsStream(ClauseClassifier.DEFAULT_MODEL)) {
      Files.copy(in, file);
    }
    ClauseClassifier fromFile = new ClauseClassifier(ClauseClassifier.loadModel(file));
    String sentence = "This agreement is governed by the laws of Ontario and the courts of Toronto decide every dispute.";
    assertEquals(classifier.classify(sentence), fromFile.classify(sentence));
  }

  @Test
  void classifyingIsRepeatable() {
    String sentence = "You must keep every copyright line in the files you pass on.";
    assertEquals(classifier.classify(sentence), classifier.classify(sentence));
    assertEquals(classifier.classify(sentence), classifier.classify(sentence, "", "", ""));
  }

  @Test
  void closeRunnersUpAreReportedDistinctAndSorted() {
    // A tiny model that cannot tell grant from other for the same words: both must be reported.
    List<LabeledClause> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      data.add(clause("alpha beta gamma", ClauseType.GRANT, i));
      data.add(clause("alpha beta gamma", ClauseType.OTHER, i));
      data.add(clause("delta epsilon zeta", ClauseType.TERMINATION, i));
    }
    data.add(clause("alpha beta gamma", ClauseType.TRADEMARK, 9));
    data.add(clause("alpha beta gamma", ClauseType.TRADEMARK, 10));
    ClauseClassifier tiny = new ClauseClassifier(ClauseClassifierTrainer.train(data, AuthoredSample.params("bow")));
    Classification c = tiny.classify("alpha beta gamma");
    assertTrue(Set.of(ClauseType.GRANT, ClauseType.OTHER).contains(c.type()), c.toString());
    assertFalse(c.alternatives().isEmpty(), c.toString());
    checkAlternatives(c);
    Set<ClauseType> alternatives = EnumSet.noneOf(ClauseType.class);
    c.alternatives().forEach(a -> alternatives.add(a.type()));
    assertTrue(alternatives.contains(c.type() == ClauseType.GRANT ? ClauseType.OTHER : ClauseType.GRANT), c.toString());
    assertFalse(alternatives.contains(ClauseType.TERMINATION), c.toString());
    // Only the labels the model was trained on can come out.
    assertSame(ClauseType.TERMINATION, tiny.classify("delta epsilon zeta").type());
  }

  private static LabeledClause clause(String text, ClauseType type, int i) {
    return new LabeledClause(text, type, "", "", "", "test", "g" + i);
  }

  @Test
  void chineseTextIsSplitIntoCharacters() {
    assertArrayEquals(new String[] {"本", "许", "可", "适", "用", "于", "本", "软", "件", "。"},
        ClauseClassifier.tokenize("本许可适用于本软件。"));
  }

  @Test
  void latinRunsInsideCjkTextStayWhole() {
    assertArrayEquals(new String[] {"MIT", "许", "可", "证", "v", "2"}, ClauseClassifier.tokenize("MIT许可证 v2"));
  }

  @Test
  void japaneseAndKoreanAreSplitToo() {
    assertArrayEquals(new String[] {"ラ", "イ", "セ", "ン", "ス"}, ClauseClassifier.tokenize("ライセンス"));
    assertArrayEquals(new String[] {"허", "가"}, ClauseClassifier.tokenize("허가"));
  }

  @Test
  void latinTextIsLeftToTheSimpleTokenizer() {
    for (String s : List.of("You may copy the kit, e.g. for 2 friends.", "Die Lizenzgebühr beträgt 5 €.", "")) {
      assertArrayEquals(SimpleTokenizer.INSTANCE.tokenize(s), ClauseClassifier.tokenize(s), s);
    }
  }

  @Test
  void contextCarriesOnlyWhatIsKnown() {
    assertEquals(Map.of(), ClauseClassifier.context(null, "", null));
    assertEquals(Map.of("section", "Fees", "kind", "item", "previous", "You owe:"),
        ClauseClassifier.context("Fees", "item", "You owe:"));
    assertEquals(Map.of("kind", "heading"), ClauseClassifier.context("", "heading", ""));
  }

  @Test
  void classifyingWithContextGivesAWellFormedAnswer() {
    Classification plain = classifier.classify("The rest stays in force.");
    Classification withContext = classifier.classify("The rest stays in force.", "Severability", "sentence",
        "If a court strikes out one term of these rules, that term is read narrowly.");
    for (Classification c : List.of(plain, withContext)) {
      assertTrue(c.confidence() > 0 && c.confidence() <= 1);
      checkAlternatives(c);
    }
  }
}
