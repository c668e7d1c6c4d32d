package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ClauseAnalyzerTest {

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (ClauseAnalyzer a = new ClauseAnalyzer(); TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void keepsNegationsThatEnglishAnalyzerDrops() throws IOException {
    assertEquals(List.of("you", "mai", "not", "sublicens"), terms("You may not sublicense"));
    assertEquals(List.of("no", "warranti"), terms("NO WARRANTIES"));
  }

  @Test
  void dropsOtherStopWordsAndStems() throws IOException {
    assertEquals(List.of("distribut", "licensor", "model"), terms("the distributing of the Licensor's models"));
  }

  @Test
  void foldsAccentsSoTypographyDoesNotSplitTerms() throws IOException {
    assertEquals(terms("licence fee"), terms("licénce fee"));
  }
}
