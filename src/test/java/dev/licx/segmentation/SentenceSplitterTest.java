package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static SentenceSplitter splitter;

  @BeforeAll
  static void load() {
    splitter = new SentenceSplitter();
  }

  private static List<String> split(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
  }

  @Test
  void splitsOrdinarySentences() {
    assertEquals(List.of("You may copy the Work.", "You may not sell it."),
        split("You may copy the Work. You may not sell it."));
  }

  @Test
  void abbreviationsThatNeverEndASentenceAreKept() {
    String text = "Some formats (e.g. GGUF) are allowed under U.S. Government rules, see Sec. 4 and No. 12 of "
        + "the annex. Other formats are not.";
    assertEquals(2, split(text).size(), split(text).toString());
  }

  @Test
  void companySuffixFollowedByLowerCaseIsNotABoundary() {
    assertEquals(1, split("The Work is made by Example Inc. and its affiliates worldwide.").size());
  }

  @Test
  void loneEnumeratorIsJoinedToItsItem() {
    assertEquals(List.of("2. The Licensee must keep every notice."), split("2. The Licensee must keep every notice."));
    assertEquals(1, split("(iv) Each copy carries the notice.").size());
  }

  @Test
  void urlsAndVersionsAreNotCut() {
    String text = "Read the terms at https://example.org/terms/v2.0/index.html. Version 2.0 replaces 1.1 entirely.";
    List<String> sentences = split(text);
    assertEquals(2, sentences.size(), sentences.toString());
    assertTrue(sentences.get(0).endsWith("index.html."));
  }

  @Test
  void spansAreTrimmedAndCoverAllText() {
    String text = "  First sentence here.   Second sentence there.  ";
    List<Span> spans = splitter.split(text);
    assertEquals(2, spans.size());
    assertEquals('F', text.charAt(spans.get(0).getStart()));
    assertEquals('.', text.charAt(spans.get(1).getEnd() - 1));
  }

  @Test
  void overlongSentenceIsCutAtClauseBoundaries() {
    String clause = "the Licensee keeps a copy of the notice in every file it ships; ";
    String text = clause.repeat(200);
    for (String s : split(text)) {
      assertTrue(s.length() <= SentenceSplitter.MAX_SENTENCE);
      assertTrue(s.endsWith(";") || s.endsWith("ships"), s.substring(Math.max(0, s.length() - 20)));
    }
  }
}
