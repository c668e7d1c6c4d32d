package dev.licx.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML events into plain text: one block (paragraph, heading, list item, cell) a
 * line, blocks separated by a blank line, so the segmenter sees the document's own structure.
 */
final class BlockTextHandler extends DefaultHandler {

  /** Thrown to stop parsing as soon as the character limit is passed. */
  static final class TooMuchTextException extends SAXException {
    private static final long serialVersionUID = 1L;

    TooMuchTextException() {
      super("character limit reached");
    }
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "td", "th",
          "pre", "blockquote", "table", "ul", "ol", "dl", "section", "article", "main", "body",
          "caption", "figcaption", "address", "hr");

  private static final Pattern ENUMERATOR =
      Pattern.compile("\\s*(?:\\(?[0-9a-zA-Z]{1,4}[.)]|[0-9]{1,3}(?:\\.[0-9]{1,3})*\\.?|[-*•·])\\s*");

  private final int maxChars;
  private final boolean collapseNewlines;
  private final StringBuilder text = new StringBuilder();
  private int headDepth;
  private int preDepth;
  private int blockStart;
  /** True right after a {@code <br>} element, whose ignorable newline Tika may send as well. */
  private boolean afterBr;

  /**
   * @param collapseNewlines true for HTML, where line breaks in the source are only layout; false
   *     for PDF and office formats, whose line breaks inside a paragraph are the document's own
   */
  BlockTextHandler(int maxChars, boolean collapseNewlines) {
    this.maxChars = maxChars;
    this.collapseNewlines = collapseNewlines;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = name(localName, qName);
    afterBr = name.equals("br");
    if (name.equals("head")) {
      headDepth++;
    } else if (name.equals("pre")) {
      preDepth++;
    }
    if (BLOCKS.contains(name)) {
      blockBreak();
    } else if (name.equals("br")) {
      lineBreak();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = name(localName, qName);
    if (name.equals("head")) {
      headDepth--;
    } else if (name.equals("pre")) {
      preDepth--;
    }
    if (BLOCKS.contains(name)) {
      blockBreak();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    afterBr = false;
    if (headDepth > 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (c == '\r') {
        continue;
      }
      if (c == '\n' && (preDepth > 0 || !collapseNewlines)) {
        lineBreak();
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (text.length() > 0 && !endsWithSpace()) {
          text.append(' ');
        }
      } else if (c != '\u00ad' && c != '\u200b' && c != '\ufeff') {
        text.append(c);
      }
    }
    if (text.length() > maxChars) {
      throw new TooMuchTextException();
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Tika's HTML parser turns <br> into an ignorable newline; other parsers (ODT) send a <br>
    // element followed by that newline, which must not make a second break. Elsewhere these
    // newlines only follow block ends, where an extra line break changes nothing.
    if (afterBr) {
      afterBr = false;
      return;
    }
    if (headDepth == 0 && new String(ch, start, length).indexOf('\n') >= 0 && text.length() > 0) {
      lineBreak();
    }
  }

  /** The collected text: trimmed lines, at most one blank line between blocks. */
  String text() {
    String[] lines = text.toString().split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int blank = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      blank = 0;
      out.append(l);
    }
    return out.toString();
  }

  private boolean endsWithSpace() {
    char last = text.charAt(text.length() - 1);
    return last == ' ' || last == '\n';
  }

  private void lineBreak() {
    trimTrailingSpace();
    text.append('\n');
  }

  private void blockBreak() {
    trimTrailingSpace();
    int n = text.length();
    if (n == 0) {
      return;
    }
    if (n > blockStart && ENUMERATOR.matcher(text.subSequence(blockStart, n)).matches()) {
      // "<li><var>1.</var><p>Redistributions ...</p></li>": the number belongs to the item's text.
      text.append(' ');
      return;
    }
    if (text.charAt(n - 1) != '\n') {
      text.append("\n\n");
    } else if (n < 2 || text.charAt(n - 2) != '\n') {
      text.append('\n');
    }
    blockStart = text.length();
  }

  private void trimTrailingSpace() {
    int n = text.length();
    while (n > 0 && text.charAt(n - 1) == ' ') {
      n--;
    }
    text.setLength(n);
  }

  private static String name(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    return n.toLowerCase(Locale.ROOT);
  }
}
