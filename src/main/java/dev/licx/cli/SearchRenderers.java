package dev.licx.cli;

import dev.licx.index.SearchHit;
import dev.licx.index.SearchResults;
import dev.licx.internal.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The output formats of {@code licx search}. */
final class SearchRenderers {

  /** The formats search offers. */
  enum Format {
    text,
    json,
    jsonl
  }

  /** Longest excerpt of a clause in the text format; the JSON formats carry the whole clause. */
  static final int SNIPPET = 320;

  private SearchRenderers() {}

  static void render(Format format, SearchResults r, PrintWriter out, boolean ansi) {
    switch (format) {
      case text -> text(r, out, ansi);
      case json -> {
        StringBuilder b = new StringBuilder();
        Json j = new Json(b, true).beginObject();
        j.field("query", r.query().text()).field("like", r.query().like());
        if (r.predicted() != null) {
          j.name("predicted").beginObject().field("type", r.predicted().type().id())
              .field("confidence", round(r.predicted().confidence())).endObject();
        }
        j.field("matches", r.matches());
        j.name("hits").beginArray();
        int rank = 1;
        for (SearchHit h : r.hits()) {
          hit(h, rank++, j);
        }
        j.endArray().endObject();
        out.println(b);
      }
      case jsonl -> {
        int rank = 1;
        for (SearchHit h : r.hits()) {
          StringBuilder b = new StringBuilder();
          hit(h, rank++, new Json(b, false));
          out.println(b);
        }
      }
    }
  }

  private static void hit(SearchHit h, int rank, Json j) {
    j.beginObject()
        .field("rank", rank)
        .field("license", h.license())
        .field("licenseName", h.licenseName())
        .field("source", h.source())
        .field("clause", h.clause())
        .field("type", h.type().id())
        .field("category", h.type().category().id())
        .field("confidence", round(h.confidence()))
        .field("section", h.section())
        .field("score", round(h.score()))
        .field("text", h.text())
        .field("start", h.start())
        .field("end", h.end());
    j.name("highlights").beginArray();
    for (SearchHit.Span s : h.highlights()) {
      j.beginArray().value(s.start()).value(s.end()).endArray();
    }
    j.endArray();
    j.name("alsoIn").beginArray();
    h.alsoIn().forEach(j::value);
    j.endArray();
    j.field("alsoInCount", h.alsoInCount());
    j.endObject();
  }

  private static void text(SearchResults r, PrintWriter out, boolean ansi) {
    StringBuilder head = new StringBuilder();
    head.append(r.hits().size()).append(r.hits().size() == 1 ? " hit" : " hits");
    head.append(String.format(Locale.ROOT, " (%,d matching clauses)", r.matches()));
    if (r.predicted() != null) {
      head.append(String.format(Locale.ROOT, "; query read as %s (%.2f)", r.predicted().type().id(),
          r.predicted().confidence()));
    }
    out.println(head);
    int rank = 1;
    for (SearchHit h : r.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%2d. %s  %s  [%s]  score %.2f%n", rank++, h.license(), h.type().id(),
          h.type().category().id(), h.score());
      out.println("    " + snippet(h.text(), h.highlights(), ansi));
      StringBuilder where = new StringBuilder("    ");
      if (!h.section().isEmpty()) {
        where.append("§ ").append(h.section()).append(" · ");
      }
      where.append(h.source()).append(':').append(h.start()).append('-').append(h.end());
      where.append(" · clause ").append(h.clause());
      out.println(where);
      if (h.alsoInCount() > 0) {
        String more = h.alsoInCount() > h.alsoIn().size() ? " (+" + (h.alsoInCount() - h.alsoIn().size()) + " more)" : "";
        out.println("    also in " + h.alsoInCount() + ": " + String.join(", ", h.alsoIn()) + more);
      }
    }
  }

  /**
   * The clause, or the window of it with most highlighted words when it is long, with those
   * words marked: bold on a terminal, {@code **word**} elsewhere.
   */
  static String snippet(String text, List<SearchHit.Span> spans, boolean ansi) {
    int from = 0;
    int to = text.length();
    if (text.length() > SNIPPET) {
      int best = 0;
      int bestCount = -1;
      for (SearchHit.Span s : spans) {
        int start = Math.max(0, Math.min(s.start() - 40, text.length() - SNIPPET));
        int count = 0;
        for (SearchHit.Span t : spans) {
          if (t.start() >= start && t.end() <= start + SNIPPET) {
            count++;
          }
        }
        if (count > bestCount) {
          bestCount = count;
          best = start;
        }
      }
      from = best;
      to = Math.min(text.length(), from + SNIPPET);
    }
    String on = ansi ? "\u001b[1m" : "**";
    String off = ansi ? "\u001b[0m" : "**";
    StringBuilder b = new StringBuilder();
    if (from > 0) {
      b.append('…');
    }
    int at = from;
    for (SearchHit.Span s : spans) {
      if (s.start() < at || s.end() > to) {
        continue;
      }
      b.append(text, at, s.start()).append(on).append(text, s.start(), s.end()).append(off);
      at = s.end();
    }
    b.append(text, at, to);
    if (to < text.length()) {
      b.append('…');
    }
    return b.toString().replace('\n', ' ');
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
