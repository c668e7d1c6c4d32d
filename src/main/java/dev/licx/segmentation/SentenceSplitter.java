package dev.licx.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into sentences with OpenNLP's {@link SentenceDetectorME}, then repairs the
 * splits a general English model gets wrong on license text: abbreviations ("e.g.", "U.S.",
 * "Sec."), lone enumerators ("2.", "(a)"), sentences that would start in lower case, splits
 * inside URLs, and run-on "sentences" too long to classify.
 *
 * <p>Not thread-safe: {@code SentenceDetectorME} keeps per-call state.
 */
public final class SentenceSplitter {

  /** The general English model shipped by OpenNLP (opennlp-models-sentdetect-en). */
  public static final String DEFAULT_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** A sentence longer than this is cut at a clause boundary so later stages stay bounded. */
  static final int MAX_SENTENCE = 3000;

  /** Abbreviations after which a sentence never ends inside a paragraph. */
  private static final Set<String> NEVER_FINAL =
      Set.of(
          "e.g.", "i.e.", "u.s.", "no.", "nos.", "sec.", "secs.", "v.", "vs.", "cf.", "viz.",
          "art.", "arts.", "para.", "paras.", "fig.", "ch.", "p.", "pp.", "st.", "mr.", "mrs.",
          "ms.", "dr.", "prof.", "approx.", "incl.", "al.", "e.v.", "ref.", "sect.", "subsec.",
          "cl.", "sch.", "u.s.c.", "c.f.r.", "n.a.", "o.", "op.", "ed.", "vol.", "ibid.");

  private static final Pattern ENUMERATOR_ONLY =
      Pattern.compile(
          "^(?:\\(?[0-9]{1,3}(?:\\.[0-9]{1,3}){0,3}[.)]?|\\(?[a-zA-Z][.)]|\\(?[ivxlcIVXLC]{1,6}[.)]|\\([a-zA-Z0-9]{1,6}\\)|(?:Section|SECTION|Article|ARTICLE|§)\\s*[0-9IVXLC]+(?:\\.[0-9]+)*\\.?)$");

  private final SentenceDetectorME detector;

  public SentenceSplitter() {
    this(loadDefaultModel());
  }

  public SentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(model);
  }

  public static SentenceModel loadDefaultModel() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("sentence model missing from the class path: " + DEFAULT_MODEL);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentence spans of {@code text}, trimmed, in order, covering all its non-space characters. */
  public List<Span> split(String text) {
    List<Span> raw = new ArrayList<>();
    for (Span s : detector.sentPosDetect(text)) {
      raw.add(s);
    }
    if (raw.isEmpty()) {
      int s = 0;
      int e = text.length();
      while (s < e && Layout.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && Layout.isSpace(text.charAt(e - 1))) {
        e--;
      }
      return s < e ? List.of(new Span(s, e)) : List.of();
    }
    // The detector may leave characters between its spans (trailing spaces); extend each span to
    // the next so that nothing is lost, then trim.
    List<Span> merged = new ArrayList<>();
    int cursor = 0;
    for (int i = 0; i < raw.size(); i++) {
      int end = i + 1 < raw.size() ? raw.get(i + 1).getStart() : text.length();
      Span span = trim(text, new Span(Math.min(cursor, raw.get(i).getStart()), end));
      cursor = end;
      if (span == null) {
        continue;
      }
      if (!merged.isEmpty() && !isBoundary(text, merged.get(merged.size() - 1), span)) {
        Span prev = merged.remove(merged.size() - 1);
        span = new Span(prev.getStart(), span.getEnd());
      }
      merged.add(span);
    }
    List<Span> bounded = new ArrayList<>();
    for (Span s : merged) {
      cutLong(text, s, bounded);
    }
    return bounded;
  }

  private static boolean isBoundary(String text, Span prev, Span next) {
    String before = text.substring(prev.getStart(), prev.getEnd());
    String lastToken = lastToken(before).toLowerCase(Locale.ROOT);
    char first = text.charAt(next.getStart());
    if (prev.getEnd() == next.getStart()) {
      return false; // inside a token: a URL, an e-mail address, "2.0"
    }
    char last = before.charAt(before.length() - 1);
    if (last != '.' && last != '!' && last != '?' && last != ':' && last != ';'
        && last != '"' && last != '\u201d' && last != '\'' && last != ')' && last != '\u2019') {
      return false; // the detector split where no sentence ends
    }
    if (Character.isLowerCase(first)) {
      return false; // a sentence of a license does not start in lower case
    }
    if (NEVER_FINAL.contains(lastToken) || NEVER_FINAL.contains(stripOpeners(lastToken))) {
      return false;
    }
    if (ENUMERATOR_ONLY.matcher(before.strip()).matches()) {
      return false;
    }
    return !(first == ',' || first == ';' || first == ':' || first == ')');
  }

  private static String stripOpeners(String token) {
    int i = 0;
    while (i < token.length() && "(\"'\u201c[".indexOf(token.charAt(i)) >= 0) {
      i++;
    }
    return token.substring(i);
  }

  private static String lastToken(String s) {
    int i = s.length();
    while (i > 0 && !Layout.isSpace(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i);
  }

  private static Span trim(String text, Span span) {
    int s = span.getStart();
    int e = span.getEnd();
    while (s < e && Layout.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Layout.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return s < e ? new Span(s, e) : null;
  }

  /** Cuts an over-long span after "; " or ", " (or any space) so no piece exceeds the bound. */
  private static void cutLong(String text, Span span, List<Span> out) {
    int s = span.getStart();
    int e = span.getEnd();
    while (e - s > MAX_SENTENCE) {
      int limit = s + MAX_SENTENCE;
      int cut = lastIndexIn(text, "; ", s + MAX_SENTENCE / 2, limit);
      if (cut < 0) {
        cut = lastIndexIn(text, ", ", s + MAX_SENTENCE / 2, limit);
      }
      if (cut < 0) {
        cut = lastIndexIn(text, " ", s + MAX_SENTENCE / 2, limit);
      }
      int end = cut < 0 ? limit : cut + 1;
      Span piece = trim(text, new Span(s, end));
      if (piece != null) {
        out.add(piece);
      }
      s = end;
    }
    Span rest = trim(text, new Span(s, e));
    if (rest != null) {
      out.add(rest);
    }
  }

  private static int lastIndexIn(String text, String needle, int from, int to) {
    int i = text.lastIndexOf(needle, to - needle.length());
    return i >= from ? i : -1;
  }
}
