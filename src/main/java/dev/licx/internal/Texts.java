package dev.licx.internal;

/** Small text helpers shared by the pipeline stages. */
public final class Texts {

  private Texts() {}

  /** Turns {@code \r\n} and lone {@code \r} into {@code \n}. */
  public static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Collapses every run of white space to one space and trims the ends. */
  public static String collapseWhitespace(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Typographic quotes as plain ones: the same license is published with both, and a clause's
   * words should not depend on the typesetting.
   */
  public static String straightenQuotes(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
        case '\u2011' -> '-';
        default -> c;
      };
      if (r != c && b == null) {
        b = new StringBuilder(s);
      }
      if (b != null) {
        b.setCharAt(i, r);
      }
    }
    return b == null ? s : b.toString();
  }
}
