package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.licx.segmentation.Layout.Block;
import dev.licx.segmentation.Layout.Marker;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static List<String> blocks(String text) {
    return Layout.blocks(text).stream().map(b -> text.substring(b.start(), b.end())).toList();
  }

  @Test
  void blankLinesSeparateBlocks() {
    assertEquals(List.of("One paragraph here.", "Another one."), blocks("One paragraph here.\n\n\nAnother one.\n"));
  }

  @Test
  void unwrappedTextTreatsEachLineAsAParagraph() {
    String text = "Sample License\nVersion 3\nEveryone may read this sentence, which is long enough to be a "
        + "paragraph on its own line without any wrapping at all, as many license files are written today.\n"
        + "A second paragraph follows on the next line and it is also quite long, longer than any wrapped "
        + "text would ever be, so the layout is clearly one paragraph per line.\n"
        + "Short closing line.\n";
    assertEquals(5, blocks(text).size());
  }

  @Test
  void wrappedLicenseIsJoinedUntilTheParagraphEnds() {
    String text = "Redistribution of the Work is allowed in any form, with or\n"
        + "without changes, as long as the notice below is kept with\n"
        + "every copy that anyone makes.\n"
        + "Short heading\n"
        + "The next paragraph starts here and is wrapped at the same\n"
        + "width as the first one, because the writer used one editor.\n";
    List<String> blocks = blocks(text);
    assertEquals(3, blocks.size(), blocks.toString());
    assertEquals("Short heading", blocks.get(1));
  }

  @Test
  void enumeratorsStartNewBlocksEvenWithoutBlankLines() {
    String text = "You must meet these conditions:\n(a) keep the notice;\n(b) mark your changes; and\n"
        + "iv. report the change to the Licensor.\n";
    List<Block> blocks = Layout.blocks(text);
    assertEquals(4, blocks.size());
    assertEquals(Marker.ENUMERATOR, blocks.get(1).marker());
    assertEquals(Marker.WEAK_ENUMERATOR, blocks.get(3).marker());
  }

  @Test
  void wrappedLinesStartingWithANumberContinueTheSentence() {
    String text = "The obligations of this License are set out in full in Section\n"
        + "3 of the appendix and apply to every copy the Licensee distributes anywhere.\n";
    assertEquals(1, blocks(text).size());
  }

  @Test
  void copyrightLinesStandAloneInAWrappedText() {
    String text = "Copyright (c) 2031 First Example Holder, Incorporated, All Rights\n"
        + "Copyright (c) 2032 Second Example Holder\n";
    assertEquals(2, blocks(text).size());
  }

  @Test
  void commentPrefixIsDetectedOnlyWhenMostLinesCarryIt() {
    assertEquals("#", Layout.commentPrefix("# one\n# two\n#\n# three\n"));
    assertEquals("//", Layout.commentPrefix("// one\n// two\n// three\n"));
    assertNull(Layout.commentPrefix("# Title\n\nText of the license.\nMore text.\nEven more.\n"));
    // A Markdown bullet list is not a C comment.
    assertNull(Layout.commentPrefix("* first item\n* second item\n* third item\n"));
    assertEquals("*", Layout.commentPrefix("/*\n * first line\n *\n * second line\n */\n"));
  }

  @Test
  void wrapWidthIsZeroForParagraphPerLineText() {
    String wrapped = "a".repeat(70) + "\n" + "b".repeat(68) + "\n" + "c".repeat(71) + "\n" + "d".repeat(30) + "\n";
    Layout.Line[] none = {};
    assertEquals(0, Layout.wrapWidth(List.of(none)));
    int width = Layout.wrapWidth(Layout.blocks(wrapped).stream().flatMap(b -> b.lines().stream()).toList());
    assertEquals(70, width); // the 90th percentile of 30, 68, 70, 71
  }
}
