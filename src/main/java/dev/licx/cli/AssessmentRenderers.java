package dev.licx.cli;

import dev.licx.assessment.Assessment;
import dev.licx.assessment.ChangedClause;
import dev.licx.assessment.ClauseRef;
import dev.licx.assessment.ClosestLicense;
import dev.licx.assessment.Comparison;
import dev.licx.assessment.CriterionResult;
import dev.licx.assessment.Evidence;
import dev.licx.classification.Category;
import dev.licx.classification.ClauseType;
import dev.licx.internal.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The output formats of {@code licx check} and {@code licx compare}. */
final class AssessmentRenderers {

  /** Differences from the closest license listed per kind in the text format; JSON lists all. */
  static final int LISTED = 10;

  /** Longest quote of a clause in the text and Markdown formats; JSON carries whole clauses. */
  static final int QUOTE = 200;

  private AssessmentRenderers() {}

  // ---- check

  static Renderer<Assessment> check(OutputOptions.Format format) {
    return switch (format) {
      case text -> AssessmentRenderers::checkText;
      case markdown -> AssessmentRenderers::checkMarkdown;
      case json -> new SegmentRenderers.JsonArrayOrObject<>(AssessmentRenderers::checkJson);
      case jsonl -> (a, out) -> {
        StringBuilder b = new StringBuilder();
        checkJson(a, new Json(b, false));
        out.println(b);
      };
      case csv -> throw new IllegalArgumentException("csv");
    };
  }

  static void checkText(Assessment a, PrintWriter out) {
    out.println(a.source());
    out.println("  " + a.verdict());
    if (a.closest() != null) {
      ClosestLicense c = a.closest();
      out.printf(Locale.ROOT, "  closest known license: %s (%s), similarity %.2f%n", c.describe(), c.name(),
          c.similarity());
      if (c.isClose()) {
        c.added().stream().limit(LISTED).forEach(r -> out.println("    added   " + ref(r)));
        more(out, c.added().size(), "added");
        for (ChangedClause ch : c.changed().stream().limit(LISTED).toList()) {
          out.println("    changed " + changedRef(ch.left(), ch.right()));
          out.println("       from " + changedRef(ch.right(), ch.left()));
        }
        more(out, c.changed().size(), "changed");
        c.missing().stream().limit(LISTED).forEach(r -> out.println("    missing " + ref(r)));
        more(out, c.missing().size(), "missing");
      }
    }
    out.println("  OSD criteria:");
    for (CriterionResult r : a.criteria()) {
      out.printf(Locale.ROOT, "  %2d %-7s  %s%n", r.criterion().id(), r.status().id(), r.criterion().title());
      for (Evidence e : r.evidence()) {
        out.printf(Locale.ROOT, "       [%d] %s %.2f: %s%n            (%s; %d-%d)%n", e.clause(), e.type().id(),
            e.confidence(), quote(e.text()), e.reason(), e.start(), e.end());
      }
    }
    out.println("  summary:");
    for (Category cat : List.of(Category.PERMISSION, Category.CONDITION, Category.RESTRICTION, Category.LIABILITY)) {
      out.println("    " + String.format(Locale.ROOT, "%-12s", cat.heading().toLowerCase(Locale.ROOT) + ":") + " "
          + types(a.summary().get(cat)));
    }
    out.println();
  }

  static void checkMarkdown(Assessment a, PrintWriter out) {
    out.println("## licx check: `" + a.source() + "`");
    out.println();
    out.println("**" + a.verdict() + "**");
    out.println();
    if (a.closest() != null) {
      out.printf(Locale.ROOT, "Closest known license: **%s** (%s), similarity %.2f.%n%n", a.closest().describe(),
          a.closest().name(), a.closest().similarity());
    }
    out.println("| OSD | criterion | status | evidence |");
    out.println("|---:|---|---|---|");
    for (CriterionResult r : a.criteria()) {
      StringBuilder ev = new StringBuilder();
      for (Evidence e : r.evidence()) {
        ev.append(ev.length() == 0 ? "" : "<br>").append("[").append(e.clause()).append("] `").append(e.type().id())
            .append("` ").append(cell(quote(e.text())));
      }
      out.println("| " + r.criterion().id() + " | " + r.criterion().title() + " | " + r.status().id() + " | " + ev + " |");
    }
    out.println();
    for (Category cat : List.of(Category.PERMISSION, Category.CONDITION, Category.RESTRICTION, Category.LIABILITY)) {
      out.println("- **" + cat.heading() + ":** " + types(a.summary().get(cat)));
    }
    out.println();
  }

  static void checkJson(Assessment a, Json j) {
    j.beginObject().field("source", a.source()).field("verdict", a.verdict());
    j.name("criteria").beginArray();
    for (CriterionResult r : a.criteria()) {
      j.beginObject().field("id", r.criterion().id()).field("name", r.criterion().title())
          .field("status", r.status().id());
      j.name("evidence").beginArray();
      for (Evidence e : r.evidence()) {
        j.beginObject().field("clause", e.clause()).field("text", e.text()).field("type", e.type().id())
            .field("confidence", round(e.confidence())).field("start", e.start()).field("end", e.end())
            .field("reason", e.reason()).endObject();
      }
      j.endArray().endObject();
    }
    j.endArray();
    j.name("closest");
    if (a.closest() == null) {
      j.value((String) null);
    } else {
      ClosestLicense c = a.closest();
      j.beginObject().field("license", c.license()).field("name", c.name()).field("similarity", round(c.similarity()))
          .field("description", c.describe()).field("close", c.isClose()).field("identical", c.identical());
      refs(j, "added", c.added());
      changed(j, "changed", c.changed());
      refs(j, "missing", c.missing());
      j.endObject();
    }
    j.name("summary").beginObject();
    for (Category cat : List.of(Category.PERMISSION, Category.CONDITION, Category.RESTRICTION, Category.LIABILITY)) {
      j.name(cat.id()).beginObject();
      a.summary().getOrDefault(cat, Map.of()).forEach((t, n) -> j.field(t.id(), n));
      j.endObject();
    }
    j.endObject();
    j.name("warnings").beginArray();
    a.warnings().forEach(j::value);
    j.endArray();
    j.endObject();
  }

  // ---- compare

  static void compare(OutputOptions.Format format, Comparison c, PrintWriter out) {
    switch (format) {
      case json, jsonl -> {
        StringBuilder b = new StringBuilder();
        compareJson(c, new Json(b, format == OutputOptions.Format.json));
        out.println(b);
      }
      case markdown -> compareMarkdown(c, out);
      default -> compareText(c, out);
    }
  }

  static void compareText(Comparison c, PrintWriter out) {
    out.printf(Locale.ROOT, "A: %s%nB: %s%nsimilarity %.2f; %d clauses identical%n", c.left(), c.right(),
        c.similarity(), c.identical());
    for (Comparison.Presence p : Comparison.Presence.values()) {
      List<Comparison.TypeDiff> of = c.types().stream().filter(t -> t.presence() == p).toList();
      if (!of.isEmpty()) {
        out.println(switch (p) {
          case ONLY_LEFT -> "types only in A: ";
          case ONLY_RIGHT -> "types only in B: ";
          case BOTH -> "types in both:    ";
        } + String.join(", ", of.stream().map(t -> t.type().id()).toList()));
      }
    }
    for (Comparison.TypeDiff t : c.types()) {
      if (!t.differs()) {
        continue;
      }
      out.println();
      out.printf(Locale.ROOT, "%s (%s; %d identical)%n", t.type().id(), t.presence().id(), t.identical());
      t.onlyLeft().forEach(r -> out.println("  - A only " + ref(r)));
      t.onlyRight().forEach(r -> out.println("  + B only " + ref(r)));
      for (ChangedClause ch : t.changed()) {
        out.printf(Locale.ROOT, "  ~ changed (similarity %.2f)%n      A %s%n      B %s%n", ch.similarity(),
            changedRef(ch.left(), ch.right()), changedRef(ch.right(), ch.left()));
      }
    }
  }

  static void compareMarkdown(Comparison c, PrintWriter out) {
    out.println("## License comparison");
    out.println();
    out.printf(Locale.ROOT, "- **A:** `%s`%n- **B:** `%s`%n- **Similarity:** %.2f (%d clauses identical)%n%n", c.left(),
        c.right(), c.similarity(), c.identical());
    out.println("| clause type | in | identical | only in A | only in B | changed |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (Comparison.TypeDiff t : c.types()) {
      out.println("| `" + t.type().id() + "` | " + t.presence().id() + " | " + t.identical() + " | "
          + t.onlyLeft().size() + " | " + t.onlyRight().size() + " | " + t.changed().size() + " |");
    }
    for (Comparison.TypeDiff t : c.types()) {
      if (!t.differs()) {
        continue;
      }
      out.println();
      out.println("### `" + t.type().id() + "`");
      out.println();
      t.onlyLeft().forEach(r -> out.println("- **Only in A** [" + r.clause() + "]: " + quote(r.text())));
      t.onlyRight().forEach(r -> out.println("- **Only in B** [" + r.clause() + "]: " + quote(r.text())));
      for (ChangedClause ch : t.changed()) {
        out.printf(Locale.ROOT, "- **Changed** (similarity %.2f)%n  - A [%d]: %s%n  - B [%d]: %s%n", ch.similarity(),
            ch.left().clause(), quoteFrom(ch.left().text(), ch.right().text()), ch.right().clause(),
            quoteFrom(ch.right().text(), ch.left().text()));
      }
    }
  }

  static void compareJson(Comparison c, Json j) {
    j.beginObject().field("a", c.left()).field("b", c.right()).field("similarity", round(c.similarity()))
        .field("identical", c.identical());
    j.name("types").beginArray();
    for (Comparison.TypeDiff t : c.types()) {
      j.beginObject().field("type", t.type().id()).field("category", t.type().category().id())
          .field("presence", t.presence().id()).field("identical", t.identical());
      refs(j, "onlyA", t.onlyLeft());
      refs(j, "onlyB", t.onlyRight());
      changed(j, "changed", t.changed());
      j.endObject();
    }
    j.endArray().endObject();
  }

  // ---- shared

  private static void refs(Json j, String name, List<ClauseRef> refs) {
    j.name(name).beginArray();
    refs.forEach(r -> ref(j, r));
    j.endArray();
  }

  private static void changed(Json j, String name, List<ChangedClause> changed) {
    j.name(name).beginArray();
    for (ChangedClause ch : changed) {
      j.beginObject().field("similarity", round(ch.similarity()));
      j.name("a");
      ref(j, ch.left());
      j.name("b");
      ref(j, ch.right());
      j.endObject();
    }
    j.endArray();
  }

  private static void ref(Json j, ClauseRef r) {
    j.beginObject().field("clause", r.clause()).field("type", r.type().id()).field("text", r.text())
        .field("start", r.start()).field("end", r.end()).endObject();
  }

  private static String ref(ClauseRef r) {
    return "[" + r.clause() + "] " + r.type().id() + ": " + quote(r.text());
  }

  private static String types(Map<ClauseType, Integer> counts) {
    if (counts == null || counts.isEmpty()) {
      return "none found";
    }
    StringBuilder b = new StringBuilder();
    counts.forEach((t, n) -> b.append(b.length() == 0 ? "" : ", ").append(t.id()).append(" (").append(n).append(')'));
    return b.toString();
  }

  private static void more(PrintWriter out, int size, String kind) {
    if (size > LISTED) {
      out.println("    … and " + (size - LISTED) + " more " + kind + " (all of them with -f json)");
    }
  }

  private static String changedRef(ClauseRef r, ClauseRef other) {
    return "[" + r.clause() + "] " + r.type().id() + ": " + quoteFrom(r.text(), other.text());
  }

  /**
   * The clause quoted from a little before its first difference with {@code other}, so that a
   * change deep in a long clause shows.
   */
  static String quoteFrom(String text, String other) {
    String t = text.replaceAll("\\s+", " ").strip();
    String o = other.replaceAll("\\s+", " ").strip();
    int same = 0;
    while (same < t.length() && same < o.length() && t.charAt(same) == o.charAt(same)) {
      same++;
    }
    if (t.length() <= QUOTE || same < QUOTE - 60) {
      return quote(t);
    }
    int from = t.lastIndexOf(' ', same - 60) + 1;
    String rest = t.substring(from);
    return "\"…" + (rest.length() > QUOTE ? rest.substring(0, QUOTE - 1) + "…" : rest) + "\"";
  }

  /** The clause on one line, cut at {@link #QUOTE} characters. */
  static String quote(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return "\"" + (t.length() > QUOTE ? t.substring(0, QUOTE - 1) + "…" : t) + "\"";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
