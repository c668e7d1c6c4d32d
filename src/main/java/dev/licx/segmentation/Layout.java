package dev.licx.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the blocks of a text: paragraphs, list items, headings and standalone lines, undoing the
 * hard wrapping of plain-text licenses. Pure functions over the text; no state.
 */
final class Layout {

  /** A line of the text; {@code start..end} is its content without surrounding white space. */
  record Line(int start, int end, int indent, Marker marker) {
    int length() {
      return end - start;
    }

    /** The column the line ends at, counting its indentation. */
    int columns() {
      return indent + end - start;
    }
  }

  /** What a line starts with that makes it start a block of its own. */
  enum Marker {
    NONE,
    ENUMERATOR,
    WEAK_ENUMERATOR,
    BULLET,
    MARKDOWN_HEADING
  }

  /** Consecutive lines that form one paragraph, item or heading. */
  record Block(List<Line> lines) {
    int start() {
      return lines.get(0).start();
    }

    int end() {
      return lines.get(lines.size() - 1).end();
    }

    Marker marker() {
      return lines.get(0).marker();
    }
  }

  // "(a)", "(iv)", "a)", "12)" and "(1)" rarely start a wrapped line by accident.
  private static final Pattern STRONG_ENUM =
      Pattern.compile("^(?:\\((?:[0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\\)|(?:[0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\\))\\s");
  // "1.", "2.1", "2.1.3.", "iv.", "A." do: "... described in Section\n2.1 of ..." is a wrapped line.
  private static final Pattern WEAK_ENUM =
      Pattern.compile("^(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){0,3}\\.?|[ivxlcIVXLC]{1,6}\\.|[a-zA-Z]\\.)[\\s]+(\\S)");
  private static final Pattern SECTION_WORD =
      Pattern.compile("^(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|Part|PART|§)\\s*[0-9IVXLC]+", 0);
  private static final Pattern BULLET = Pattern.compile("^[-*•·+▪◦‣–]\\s");
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(?:-\\s*)?(?:[Pp]age\\s+)?[0-9]{1,4}(?:\\s+of\\s+[0-9]{1,4})?(?:\\s*-)?$");
  private static final Pattern TAG_ONLY = Pattern.compile("^(?:<[^>]{0,200}>\\s*)+$");

  /** Hard-wrapped licenses are wrapped at 65-100 columns; longer lines are paragraphs. */
  static final int MAX_WRAP_WIDTH = 130;

  private Layout() {}

  static List<Block> blocks(String text) {
    String prefix = commentPrefix(text);
    List<Line> lines = new ArrayList<>();
    List<Boolean> gapBefore = new ArrayList<>();
    boolean gap = true;
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      Line line = line(text, pos, lineEnd, prefix);
      if (line == null) {
        gap = true;
      } else {
        lines.add(line);
        gapBefore.add(gap);
        gap = false;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    int width = wrapWidth(lines);
    List<Block> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!current.isEmpty()
          && (gapBefore.get(i) || startsBlock(text, current.get(current.size() - 1), line, width))) {
        blocks.add(new Block(List.copyOf(current)));
        current.clear();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(List.copyOf(current)));
    }
    return blocks;
  }

  /** A content line, or null for a blank or decoration-only line. */
  private static Line line(String text, int from, int to, String prefix) {
    int s = from;
    while (s < to && isSpace(text.charAt(s))) {
      s++;
    }
    if (prefix != null && text.startsWith(prefix, s)) {
      s += prefix.length();
      from = s;
      while (s < to && isSpace(text.charAt(s))) {
        s++;
      }
    }
    int e = to;
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s >= e) {
      return null;
    }
    String content = text.substring(s, e);
    if (isDecoration(content)) {
      return null;
    }
    int indent = 0;
    for (int i = from; i < s; i++) {
      indent += text.charAt(i) == '\t' ? 4 : 1;
    }
    return new Line(s, e, indent, marker(content));
  }

  private static final Pattern BARE_STAR = Pattern.compile("(?m)^[ \\t]*\\*[ \\t]*$");
  private static final String[] COMMENT_PREFIXES = {"#", "//", "*", "--", ";;", ";", "%", "dnl"};

  /**
   * The comment marker that starts most lines of a license copied out of a source file ("# ",
   * "// ", " * "), or null. A Markdown file's headings or bullets never start most of its lines.
   */
  static String commentPrefix(String text) {
    int lines = 0;
    int[] counts = new int[COMMENT_PREFIXES.length];
    int pos = 0;
    while (pos < text.length() && lines < 2000) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int s = pos;
      while (s < end && isSpace(text.charAt(s))) {
        s++;
      }
      if (s < end) {
        lines++;
        for (int i = 0; i < COMMENT_PREFIXES.length; i++) {
          if (text.startsWith(COMMENT_PREFIXES[i], s)) {
            counts[i]++;
            break;
          }
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (lines < 3) {
      return null;
    }
    for (int i = 0; i < COMMENT_PREFIXES.length; i++) {
      String p = COMMENT_PREFIXES[i];
      // Bullet lists start lines with "*" too, but never have a bare "*" line or a "/*".
      boolean plausible = !p.equals("*") || text.contains("/*") || BARE_STAR.matcher(text).find();
      if (plausible && counts[i] >= 0.6 * lines) {
        return p;
      }
    }
    return null;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
  }

  private static boolean isDecoration(String content) {
    if (content.startsWith("```") || content.startsWith("~~~")) {
      return true;
    }
    if (PAGE_NUMBER.matcher(content).matches() || TAG_ONLY.matcher(content).matches()) {
      return true;
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    // Only punctuation: a rule line, or a lone "|---|---|" table separator.
    return true;
  }

  private static Marker marker(String content) {
    if (MD_HEADING.matcher(content).find()) {
      return Marker.MARKDOWN_HEADING;
    }
    if (BULLET.matcher(content).find()) {
      return Marker.BULLET;
    }
    if (STRONG_ENUM.matcher(content).find()) {
      return Marker.ENUMERATOR;
    }
    if (WEAK_ENUM.matcher(content).find() || SECTION_WORD.matcher(content).find()) {
      return Marker.WEAK_ENUMERATOR;
    }
    return Marker.NONE;
  }

  /**
   * The width a hard-wrapped text was wrapped at, or 0 when lines are paragraphs (no wrapping).
   */
  static int wrapWidth(List<Line> lines) {
    if (lines.size() < 4) {
      return 0;
    }
    int[] lengths = lines.stream().mapToInt(Line::columns).sorted().toArray();
    int p90 = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    return p90 > MAX_WRAP_WIDTH ? 0 : p90;
  }

  private static boolean startsBlock(String text, Line prev, Line line, int width) {
    Marker m = line.marker();
    char prevLast = text.charAt(prev.end() - 1);
    if (m == Marker.MARKDOWN_HEADING || prev.marker() == Marker.MARKDOWN_HEADING) {
      return true;
    }
    if (m == Marker.BULLET || m == Marker.ENUMERATOR) {
      return true;
    }
    if (m == Marker.WEAK_ENUMERATOR) {
      // "Section\n2.1 of this License" continues a sentence; "conditions:\n2. Redistributions" and
      // "notice; and\niv. report" do not.
      char next = firstCharAfterEnumerator(text, line);
      return endsListItem(text, prev)
          || !((Character.isLetterOrDigit(prevLast) || prevLast == ',') && Character.isLowerCase(next));
    }
    // Whatever the layout, a paragraph does not end in a comma or in "the", "of" or "OR", and a
    // new one does not start in lower case after an unfinished sentence.
    if (prevLast == ',' || endsWithFunctionWord(text, prev)
        || (Character.isLowerCase(text.charAt(line.start())) && ".:;!?".indexOf(prevLast) < 0)) {
      return false;
    }
    if (isNoticeLine(text, line) || isNoticeLine(text, prev)) {
      return true;
    }
    if (width == 0) {
      return true; // lines are paragraphs
    }
    // The classic unwrapping test: had the line's first word fitted on the previous line, the
    // writer would have put it there, so the previous line ended its paragraph.
    int firstWord = firstWordLength(text, line);
    if (prev.columns() + 1 + firstWord <= width - 2 && !isHyphenated(text, prev)) {
      return true;
    }
    boolean sentenceEnd = prevLast == '.' || prevLast == ':' || prevLast == '!' || prevLast == '?';
    return sentenceEnd && line.indent() > prev.indent() + 1 && prev.marker() == Marker.NONE;
  }

  private static final Pattern NOTICE_LINE =
      Pattern.compile("^(?:Copyright\\b|COPYRIGHT\\b|\\([cC]\\)\\s*[0-9]|©|<?https?://\\S+>?$)");

  /** A copyright line or a bare URL stands on its own even in a hard-wrapped text. */
  private static boolean isNoticeLine(String text, Line line) {
    return NOTICE_LINE.matcher(text.substring(line.start(), line.end())).find();
  }

  private static final Pattern LIST_ITEM_END = Pattern.compile("(?:[;:]|[;,]\\s*(?:and|or))$");

  /** "... notice; and" or "... as follows:" ends an item or a lead-in, never a wrapped line. */
  private static boolean endsListItem(String text, Line prev) {
    return LIST_ITEM_END.matcher(text.substring(Math.max(prev.start(), prev.end() - 8), prev.end())).find();
  }

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
          "nor", "any", "such", "that", "this", "these", "those", "as", "under", "is", "are", "be",
          "not", "no", "its", "their", "your", "our", "which", "who", "whether", "if", "than",
          "into", "upon", "shall", "may", "must", "will", "all", "each", "other", "including");

  private static boolean endsWithFunctionWord(String text, Line line) {
    int e = line.end();
    int s = e;
    while (s > line.start() && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s == e || s == line.start()) {
      return false; // a one-word line is a heading or a name, not a wrapped fragment
    }
    return FUNCTION_WORDS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isHyphenated(String text, Line prev) {
    return prev.length() > 1
        && text.charAt(prev.end() - 1) == '-'
        && Character.isLetter(text.charAt(prev.end() - 2));
  }

  private static int firstWordLength(String text, Line line) {
    int i = line.start();
    while (i < line.end() && !isSpace(text.charAt(i))) {
      i++;
    }
    return i - line.start();
  }

  private static char firstCharAfterEnumerator(String text, Line line) {
    String content = text.substring(line.start(), line.end());
    var m = WEAK_ENUM.matcher(content);
    if (m.find()) {
      return m.group(1).charAt(0);
    }
    var s = SECTION_WORD.matcher(content);
    if (s.find()) {
      String rest = content.substring(s.end()).replaceFirst("^[0-9.()a-z]*[\\s.:\u2013\u2014-]*", "");
      return rest.isEmpty() ? 'A' : rest.charAt(0);
    }
    return 'A';
  }

}
