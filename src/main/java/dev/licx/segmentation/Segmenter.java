package dev.licx.segmentation;

import dev.licx.extraction.ExtractedText;
import dev.licx.segmentation.Layout.Block;
import dev.licx.segmentation.Layout.Line;
import dev.licx.segmentation.Layout.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Cuts license text into clause-sized segments following docs/segmentation.md: blocks from the
 * layout (unwrapping hard-wrapped lines), headings kept apart and carried as the section of what
 * follows, sentences from OpenNLP inside each block.
 *
 * <p>Not thread-safe; create one per thread.
 */
public final class Segmenter {

  private static final int MAX_HEADING_CHARS = 110;
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_INLINE_HEADING_WORDS = 9;

  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:(?:Section|SECTION|Article|ARTICLE|Part|PART|Chapter|CHAPTER|Schedule|SCHEDULE|Exhibit|EXHIBIT|Appendix|APPENDIX|Annex|ANNEX|Clause|CLAUSE|§)\\s*[0-9A-Z]{0,4}[0-9IVXLC]*(?:\\.[0-9]+)*[.:]?|\\(?[0-9]{1,3}(?:\\.[0-9]{1,3}){0,3}[.)]?|\\(?[A-Za-z][.)]|\\(?[ivxlcIVXLC]{1,6}[.)])\\s*[-\u2013\u2014:]?\\s*");
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("^(?i)(?:copyright\\b|\\(c\\)\\s*[0-9]|©|portions copyright)");
  private static final Pattern VERSION_LINE =
      Pattern.compile("^(?i)(?:version|revision|rev\\.|v)\\s*[0-9][0-9.]*(?:[,;]?\\s+[\\p{L}0-9 ,.]{0,40})?$");
  private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\S+@\\S+\\.\\S+)");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]{0,500})\\]\\([^)]{0,1000}\\)");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern LEADING_MARKERS =
      Pattern.compile("^(?:[#>*|]+\\s*|[-+\u2022\u00b7\u2013\u25aa\u25e6\u2023]\\s+)+");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");

  private final SentenceSplitter splitter;

  public Segmenter() {
    this(new SentenceSplitter());
  }

  public Segmenter(SentenceModel sentenceModel) {
    this(new SentenceSplitter(sentenceModel));
  }

  public Segmenter(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  public SegmentedDocument segment(ExtractedText doc) {
    return new SegmentedDocument(
        doc.source(), doc.mediaType(), doc.text().length(), segment(doc.text()), doc.warnings());
  }

  /** The segments of a text, in order, with offsets into it. */
  public List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    String section = "";
    for (Block block : Layout.blocks(text)) {
      Marker marker = block.marker();
      Unwrapped unwrapped = unwrap(text, block);
      String blockText = clean(unwrapped.text);
      SegmentKind whole = wholeBlockKind(block, blockText);
      if (whole == SegmentKind.HEADING) {
        section = sectionName(blockText);
      }
      if (whole != null) {
        add(out, text, block.start(), block.end(), blockText, section, whole);
        continue;
      }
      List<Span> sentences = splitter.split(blankEmphasis(unwrapped.text));
      for (int i = 0; i < sentences.size(); i++) {
        Span s = sentences.get(i);
        int start = unwrapped.map[s.getStart()];
        int end = unwrapped.map[s.getEnd() - 1] + 1;
        String sentence = clean(unwrapped.text.substring(s.getStart(), s.getEnd()));
        SegmentKind kind = SegmentKind.SENTENCE;
        if (i == 0 && sentences.size() > 1 && isInlineHeading(sentence)) {
          section = sectionName(sentence);
          kind = SegmentKind.HEADING;
        } else if (i == 0 && (marker == Marker.ENUMERATOR || marker == Marker.WEAK_ENUMERATOR
            || marker == Marker.BULLET)) {
          kind = SegmentKind.ITEM;
        }
        add(out, text, start, end, sentence, section, kind);
      }
    }
    return out;
  }

  /** A block's text exactly as {@link #segment(String)} hands it to the sentence splitter. */
  record SplitterInput(String text, int[] map) {}

  /**
   * The blocks of {@code text} that {@link #segment(String)} passes to the sentence splitter (not
   * headings, not standalone lines), unwrapped and with emphasis blanked as the splitter sees them;
   * {@code map[i]} is the offset in {@code text} of the input's character {@code i}. Used by
   * {@link SentenceModelTrainer} to train on what the splitter sees.
   */
  List<SplitterInput> splitterInputs(String text) {
    List<SplitterInput> out = new ArrayList<>();
    for (Block block : Layout.blocks(text)) {
      Unwrapped unwrapped = unwrap(text, block);
      if (wholeBlockKind(block, clean(unwrapped.text)) != null) {
        continue;
      }
      out.add(new SplitterInput(blankEmphasis(unwrapped.text), unwrapped.map));
    }
    return out;
  }

  /**
   * HEADING or LINE when the whole block is one segment of that kind, null when its sentences are
   * split; {@link #segment(String)} and {@link #splitterInputs(String)} decide the same way.
   */
  private SegmentKind wholeBlockKind(Block block, String blockText) {
    if (block.marker() == Marker.MARKDOWN_HEADING || isStandaloneHeading(block, blockText)) {
      return SegmentKind.HEADING;
    }
    if (block.lines().size() == 1 && isStandaloneLine(blockText)) {
      return SegmentKind.LINE;
    }
    return null;
  }

  /**
   * Adds a segment whose span is trimmed of bullets and Markdown markers (rule 6 of
   * docs/segmentation.md); {@code words} is its cleaned text, taken from the unwrapped block so
   * that comment markers of continuation lines stay out.
   */
  private static void add(List<Segment> out, String text, int start, int end, String words,
      String section, SegmentKind kind) {
    int s = start;
    int e = end;
    while (s < e && isLeadingMarker(text, s)) {
      s++;
    }
    while (e > s && isTrailingMarker(text.charAt(e - 1))) {
      e--;
    }
    if (s >= e || words.isEmpty()) {
      return;
    }
    out.add(new Segment(out.size(), words, s, e, section, kind));
  }

  private static boolean isLeadingMarker(String text, int i) {
    char c = text.charAt(i);
    if (Layout.isSpace(c) || c == '#' || c == '>' || c == '*' || c == '_' || c == '`' || c == '|'
        || c == '\u2022' || c == '\u00b7' || c == '\u25aa' || c == '\u25e6' || c == '\u2023') {
      return true;
    }
    // A dash or plus is a bullet only when a space follows; "-1" or "--flag" are text.
    return (c == '-' || c == '+' || c == '\u2013')
        && i + 1 < text.length()
        && Layout.isSpace(text.charAt(i + 1));
  }

  private static boolean isTrailingMarker(char c) {
    return Layout.isSpace(c) || c == '#' || c == '*' || c == '_' || c == '`' || c == '|';
  }

  /** The words of a span as a reader sees them: Markdown and tag remnants out, spaces collapsed. */
  public static String clean(String raw) {
    String s = raw;
    if (s.indexOf('[') >= 0) {
      s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('<') >= 0) {
      s = TAG.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('`') >= 0) {
      s = EMPHASIS.matcher(s).replaceAll("");
    }
    s = dev.licx.internal.Texts.straightenQuotes(dev.licx.internal.Texts.collapseWhitespace(s));
    return LEADING_MARKERS.matcher(s).replaceFirst("").strip();
  }

  private static String sectionName(String heading) {
    String s = heading.strip();
    while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(":"))) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private boolean isStandaloneHeading(Block block, String text) {
    if (block.lines().size() > 2 || text.length() > MAX_HEADING_CHARS || text.isEmpty()
        || VERSION_LINE.matcher(text).find()) {
      return false;
    }
    return looksLikeHeading(text, false);
  }

  private static boolean isInlineHeading(String sentence) {
    return sentence.length() <= MAX_HEADING_CHARS && looksLikeHeading(sentence, true);
  }

  /**
   * A heading is short, starts with a capital or a number, does not end like a clause (comma,
   * semicolon, colon) and is in capitals or title case; "1. Definitions." may end with a stop.
   */
  static boolean looksLikeHeading(String text, boolean inline) {
    char first = text.charAt(0);
    if (first == '"' || first == '\u201c' || first == '\'' || Character.isLowerCase(first)) {
      return false;
    }
    var numbered = NUMBERED.matcher(text);
    boolean isNumbered = numbered.lookingAt() && numbered.end() > 0 && numbered.end() < text.length();
    String title = isNumbered ? text.substring(numbered.end()) : text;
    if (title.isEmpty()) {
      return false;
    }
    char last = title.charAt(title.length() - 1);
    if (last == ',' || last == ';' || last == '?' || last == '!') {
      return false;
    }
    String[] words = title.split("\\s+");
    int maxWords = inline ? MAX_INLINE_HEADING_WORDS : MAX_HEADING_WORDS;
    if (words.length > maxWords) {
      return false;
    }
    if (last == '.' || last == ':') {
      // An unnumbered standalone line ending in a stop is a short sentence ("All rights reserved.")
      // unless it stands at the start of its paragraph, where the stop closes an inline heading.
      if (!inline && !isNumbered) {
        return false;
      }
      if (last == ':' && !isNumbered) {
        return false;
      }
    }
    if (COPYRIGHT_LINE.matcher(title).find() || LINK.matcher(title).find()) {
      return false;
    }
    if (isAllCaps(title)) {
      return true;
    }
    return isTitleCase(words, inline);
  }

  private static boolean isAllCaps(String s) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 3 && lower == 0;
  }

  private static boolean isTitleCase(String[] words, boolean inline) {
    int significant = 0;
    int capitalized = 0;
    for (String w : words) {
      String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (word.isEmpty()) {
        continue;
      }
      boolean small = word.length() <= 3 && Character.isLowerCase(word.charAt(0));
      if (small) {
        continue; // "of", "and", "the", "to" stay lower case in titles
      }
      significant++;
      if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
        capitalized++;
      }
    }
    if (significant == 0) {
      return false;
    }
    // One capitalized word ("Definitions.") is a heading at the start of a paragraph, but a lone
    // capitalized word on its own line is a heading too; both are covered by the ratio.
    return capitalized == significant || (!inline && significant >= 4 && capitalized >= significant - 1);
  }

  /** A copyright line, or a short line that is mostly a URL or an address. */
  private static boolean isStandaloneLine(String text) {
    if (text.length() > 200) {
      return false;
    }
    return COPYRIGHT_LINE.matcher(text).find()
        || VERSION_LINE.matcher(text).find()
        || (LINK.matcher(text).find() && text.split("\\s+").length <= 8);
  }

  /** A block's lines joined into one string, with a map from its indices back into the text. */
  private record Unwrapped(String text, int[] map) {}

  private static Unwrapped unwrap(String text, Block block) {
    StringBuilder b = new StringBuilder(block.end() - block.start());
    int[] map = new int[block.end() - block.start() + 1];
    List<Line> lines = block.lines();
    for (int li = 0; li < lines.size(); li++) {
      Line line = lines.get(li);
      if (li > 0 && !endsWithHyphen(b)) {
        map[b.length()] = line.start() - 1;
        b.append(' ');
      }
      boolean space = false;
      for (int i = line.start(); i < line.end(); i++) {
        char c = text.charAt(i);
        if (Layout.isSpace(c)) {
          if (!space) {
            map[b.length()] = i;
            b.append(' ');
            space = true;
          }
          continue;
        }
        space = false;
        if (b.length() >= map.length) {
          break;
        }
        map[b.length()] = i;
        b.append(c);
      }
    }
    return new Unwrapped(b.toString(), map);
  }

  /**
   * Markdown emphasis blanked out, same length: the sentence detector does not see a stop followed
   * by "**" as the end of a sentence, and offsets must stay as they are.
   */
  static String blankEmphasis(String s) {
    if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('`') < 0) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      boolean pair = i + 1 < c.length && (c[i] == '*' || c[i] == '_') && c[i + 1] == c[i];
      if (pair) {
        c[i] = ' ';
        c[i + 1] = ' ';
        i++;
      } else if (c[i] == '`') {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  private static boolean endsWithHyphen(StringBuilder b) {
    int n = b.length();
    return n > 1 && b.charAt(n - 1) == '-' && Character.isLetter(b.charAt(n - 2));
  }
}
