package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.index.SearchHit.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRenderersTest {

  @Test
  void marksMatchedWordsPlainOrBold() {
    String text = "You must not use the Output to train other models.";
    List<Span> spans = List.of(new Span(21, 27), new Span(31, 36));
    assertEquals("You must not use the **Output** to **train** other models.",
        SearchRenderers.snippet(text, spans, false));
    assertEquals("You must not use the \u001b[1mOutput\u001b[0m to \u001b[1mtrain\u001b[0m other models.",
        SearchRenderers.snippet(text, spans, true));
  }

  @Test
  void aLongClauseIsCutToTheWindowWithTheMostMatches() {
    String text = "a ".repeat(300) + "quince pear quince " + "b ".repeat(300);
    int q1 = text.indexOf("quince");
    int q2 = text.lastIndexOf("quince");
    String s = SearchRenderers.snippet(text, List.of(new Span(q1, q1 + 6), new Span(q2, q2 + 6)), false);
    assertTrue(s.startsWith("…") && s.endsWith("…"), s);
    assertTrue(s.contains("**quince** pear **quince**"), s);
    assertTrue(s.length() <= SearchRenderers.SNIPPET + 10, "length " + s.length());
  }

  @Test
  void newlinesInAClauseDoNotBreakTheListing() {
    assertEquals("line one line two", SearchRenderers.snippet("line one\nline two", List.of(), false));
  }
}
