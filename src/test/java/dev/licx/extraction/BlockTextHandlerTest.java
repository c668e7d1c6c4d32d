package dev.licx.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Drives the handler with the SAX events Tika's parsers send (recorded from Tika's HTML, ODT, RTF
 * and PDF parsers): element names in the XHTML namespace, {@code <br>} as an ignorable newline.
 */
class BlockTextHandlerTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** Events for one document; {@link #text()} ends the body and returns what the handler built. */
  private static final class Events {
    final BlockTextHandler handler;

    Events(int maxChars, boolean html) {
      handler = new BlockTextHandler(maxChars, html);
      start("html");
      start("head");
      ignorable("\n");
      start("title");
      chars("The Orchard Model License | Pomona Systems");
      end("title");
      ignorable("\n");
      end("head");
      ignorable("\n");
      start("body");
    }

    Events(boolean html) {
      this(1_000_000, html);
    }

    Events start(String name) {
      handler.startElement(XHTML, name, name, new AttributesImpl());
      return this;
    }

    Events end(String name) {
      handler.endElement(XHTML, name, name);
      return this;
    }

    Events chars(String s) {
      try {
        handler.characters(s.toCharArray(), 0, s.length());
      } catch (SAXException e) {
        throw new IllegalStateException(e);
      }
      return this;
    }

    Events ignorable(String s) {
      handler.ignorableWhitespace(s.toCharArray(), 0, s.length());
      return this;
    }

    /** A block element with text, followed by the newline Tika's XHTML writer puts after it. */
    Events block(String name, String s) {
      return start(name).chars(s).end(name).ignorable("\n");
    }

    String text() {
      end("body");
      end("html");
      return handler.text();
    }
  }

  @Test
  void paragraphsAndHeadingsBecomeLinesSeparatedByOneBlankLine() {
    String text = new Events(true)
        .block("h2", "3. Grant of Rights")
        .block("p", "Subject to the terms of this License, the Licensor gives You a permission.")
        .block("p", "Trademarks are not covered by this grant.")
        .text();

    assertEquals(
        "3. Grant of Rights\n\n"
            + "Subject to the terms of this License, the Licensor gives You a permission.\n\n"
            + "Trademarks are not covered by this grant.",
        text);
  }

  @Test
  void nestedBlocksAndEmptyBlocksLeaveOnlyOneBlankLine() {
    String text = new Events(true)
        .start("main").start("article").start("section").start("div")
        .block("p", "12. Termination")
        .end("div").ignorable("\n").start("div").end("div").start("hr").end("hr")
        .block("p", "END OF TERMS AND CONDITIONS")
        .end("section").end("article").end("main")
        .text();

    assertEquals("12. Termination\n\nEND OF TERMS AND CONDITIONS", text);
  }

  @Test
  void htmlLineBreakIsASingleNewlineInsideTheParagraph() {
    // Tika's HTML parser sends <br> as ignorable whitespace "\n", not as an element.
    String text = new Events(true)
        .start("p").chars("Version 1.1, 14 March 2031").ignorable("\n")
        .chars("Copyright (C) 2029-2031 Pomona Systems Ltd.").end("p").ignorable("\n")
        .block("p", "Pomona Systems Ltd. trains machine learning models.")
        .text();

    assertEquals(
        "Version 1.1, 14 March 2031\nCopyright (C) 2029-2031 Pomona Systems Ltd.\n\n"
            + "Pomona Systems Ltd. trains machine learning models.",
        text);
  }

  @Test
  void lineBreakElementFollowedByItsNewlineIsStillOneLineBreak() {
    // Tika's ODT parser sends <br/> as an element and then the ignorable newline as well.
    String text = new Events(false)
        .start("p").chars("Version 1.1, 14 March 2031").start("br").end("br").ignorable("\n")
        .chars("Copyright (C) 2029-2031 Pomona Systems Ltd.").end("p").ignorable("\n")
        .text();

    assertEquals("Version 1.1, 14 March 2031\nCopyright (C) 2029-2031 Pomona Systems Ltd.", text);
  }

  @Test
  void twoHtmlLineBreaksInARowSeparateBlocks() {
    String text = new Events(true)
        .start("p").chars("Copyright (C) 2029-2031 Pomona Systems Ltd.").ignorable("\n").ignorable("\n")
        .chars("This License explains what You may do with an Orchard model.").end("p")
        .text();

    assertEquals(
        "Copyright (C) 2029-2031 Pomona Systems Ltd.\n\n"
            + "This License explains what You may do with an Orchard model.",
        text);
  }

  @Test
  void listItemWhoseNumberIsItsOwnElementStaysOneLine() {
    // <li><var>1.</var><p>Text</p></li>: Tika drops <var> but keeps its text.
    String text = new Events(true)
        .start("ol").ignorable("\t")
        .start("li").chars("1.").start("p").chars("Tell users that the service relies on the Model;")
        .end("p").ignorable("\n").end("li").ignorable("\n")
        .start("li").chars("(b)").chars(" ").start("p").chars("send the Licensor a short report;")
        .end("p").ignorable("\n").end("li").ignorable("\n")
        .start("li").chars("•").start("p").chars("offer users a simple way to report harmful Output.")
        .end("p").ignorable("\n").end("li").ignorable("\n")
        .end("ol")
        .text();

    assertEquals(
        "1. Tell users that the service relies on the Model;\n\n"
            + "(b) send the Licensor a short report;\n\n"
            + "• offer users a simple way to report harmful Output.",
        text);
  }

  @Test
  void itemLeadInThatIsAWordIsItsOwnBlock() {
    String text = new Events(true)
        .start("li").chars("Notices").start("p").chars("Keep every copyright line.").end("p").end("li")
        .text();

    assertEquals("Notices\n\nKeep every copyright line.", text);
  }

  @Test
  void headAndTitleAreSkipped() {
    String text = new Events(true).block("h1", "The Orchard Model License").text();

    assertEquals("The Orchard Model License", text);
  }

  @Test
  void htmlSourceLineBreaksAreOnlyLayout() {
    String text = new Events(true)
        .block("p", "If You breach this License,\n  the Licensor may send You\r\n\ta written notice.")
        .text();

    assertEquals("If You breach this License, the Licensor may send You a written notice.", text);
  }

  @Test
  void preformattedHtmlKeepsItsLineBreaks() {
    String text = new Events(true)
        .block("pre", "NOTICE\nBuilt with Orchard\nVersion 2.0.1")
        .text();

    assertEquals("NOTICE\nBuilt with Orchard\nVersion 2.0.1", text);
  }

  @Test
  void pdfAndOfficeLineBreaksAreKept() {
    String text = new Events(false)
        .block("p", "If You breach this License, the Licensor may send You a\nwritten notice that"
            + " describes the breach.\n")
        .block("p", "When Your rights end, You must stop using the Model.")
        .text();

    assertEquals(
        "If You breach this License, the Licensor may send You a\n"
            + "written notice that describes the breach.\n\n"
            + "When Your rights end, You must stop using the Model.",
        text);
  }

  @Test
  void spacesAreCollapsedAndInvisibleCharactersDropped() {
    String text = new Events(false)
        .block("p", "  The\u00a0Licensor   may re\u00advise this pol\u200bicy\ufeff from time to time.  ")
        .text();

    assertEquals("The Licensor may revise this policy from time to time.", text);
  }

  @Test
  void tableCellsAreBlocks() {
    String text = new Events(false)
        .start("table").start("tr")
        .block("td", "Section").block("td", "Survives termination")
        .end("tr").start("tr")
        .block("td", "Sections 10, 11 and 15").block("td", "yes")
        .end("tr").end("table")
        .text();

    assertEquals("Section\n\nSurvives termination\n\nSections 10, 11 and 15\n\nyes", text);
  }

  @Test
  void numberCellJoinsTheCellAfterIt() {
    // A license laid out as a table: the section number in one cell, its heading in the next.
    String text = new Events(true)
        .start("table").start("tr")
        .start("td").chars("1.").end("td").start("td").chars("Definitions").end("td")
        .end("tr").end("table")
        .text();

    assertEquals("1. Definitions", text);
  }

  @Test
  void noTextAtAllIsEmpty() {
    assertEquals("", new Events(true).start("p").chars(" \n ").end("p").ignorable("\n").text());
  }

  @Test
  void textUpToTheCharacterLimitIsAccepted() {
    String sentence = "A claim raised as a counterclaim counts in the same way.";
    String text = new Events(sentence.length(), false).block("p", sentence).text();

    assertEquals(sentence, text);
  }

  @Test
  void passingTheCharacterLimitStopsParsing() throws SAXException {
    BlockTextHandler handler = new BlockTextHandler(100, false);
    char[] sentence = "The Licensor keeps every right that this License does not expressly give You. "
        .toCharArray();
    handler.startElement(XHTML, "p", "p", new AttributesImpl());
    handler.characters(sentence, 0, sentence.length);

    assertThrows(
        BlockTextHandler.TooMuchTextException.class,
        () -> handler.characters(sentence, 0, sentence.length));
  }
}
