package dev.licx.cli;

import dev.licx.classification.Category;
import dev.licx.classification.Classification;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;
import dev.licx.internal.Csv;
import dev.licx.internal.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The output formats of {@code licx extract}. */
final class ClauseRenderers {

  private ClauseRenderers() {}

  static Renderer<ClassifiedDocument> of(OutputOptions.Format format, boolean all) {
    return switch (format) {
      case text -> (doc, out) -> summary(doc, out, all);
      case json -> new SegmentRenderers.JsonArrayOrObject<>(ClauseRenderers::json);
      case jsonl -> (doc, out) -> {
        StringBuilder b = new StringBuilder();
        json(doc, new Json(b, false));
        out.println(b);
      };
      case csv -> new Renderer<>() {
        @Override
        public void begin(PrintWriter out) {
          out.print(Csv.row("source", "index", "start", "end", "section", "type", "category", "confidence",
              "alternative", "text"));
        }

        @Override
        public void document(ClassifiedDocument doc, PrintWriter out) {
          for (Clause c : doc.clauses()) {
            out.print(Csv.row(doc.source(), Integer.toString(c.index()), Integer.toString(c.segment().start()),
                Integer.toString(c.segment().end()), c.segment().section(), c.type().id(), c.category().id(),
                String.format(Locale.ROOT, "%.3f", c.confidence()),
                c.alternatives().isEmpty() ? "" : c.alternatives().get(0).type().id(), c.text()));
          }
        }
      };
      case markdown -> ClauseRenderers::markdown;
    };
  }

  static void json(ClassifiedDocument doc, Json j) {
    SegmentRenderers.header(j, doc.source(), doc.mediaType(), doc.characters(), doc.warnings());
    j.name("clauses").beginArray();
    for (Clause c : doc.clauses()) {
      j.beginObject()
          .field("index", c.index())
          .field("text", c.text())
          .field("type", c.type().id())
          .field("category", c.category().id())
          .field("confidence", round(c.confidence()));
      j.name("alternatives").beginArray();
      for (Classification.Alternative a : c.alternatives()) {
        j.beginObject().field("type", a.type().id()).field("confidence", round(a.confidence())).endObject();
      }
      j.endArray()
          .field("start", c.segment().start())
          .field("end", c.segment().end())
          .field("section", c.segment().section())
          .field("kind", c.segment().kind().id())
          .endObject();
    }
    j.endArray().endObject();
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /**
   * A license summary: permissions, conditions, restrictions and liability, each clause under its
   * type, uncertain ones marked; definitions and other clauses only counted unless {@code all}.
   */
  static void summary(ClassifiedDocument doc, PrintWriter out, boolean all) {
    out.printf(Locale.ROOT, "== %s (%s, %d characters, %d clauses)%n", doc.source(), doc.mediaType(),
        doc.characters(), doc.clauses().size());
    boolean anyLow = false;
    for (Category category : Category.values()) {
      Map<ClauseType, List<Clause>> byType = new TreeMap<>();
      for (ClauseType t : ClauseType.values()) {
        if (t.category() == category && (all || (t != ClauseType.OTHER && t != ClauseType.DEFINITIONS))) {
          List<Clause> of = doc.ofType(t);
          if (!of.isEmpty()) {
            byType.put(t, of);
          }
        }
      }
      if (byType.isEmpty()) {
        continue;
      }
      out.println();
      out.println(category.heading());
      for (Map.Entry<ClauseType, List<Clause>> e : byType.entrySet()) {
        out.printf(Locale.ROOT, "  %s (%d)%n", e.getKey().id(), e.getValue().size());
        for (Clause c : e.getValue()) {
          anyLow |= c.lowConfidence();
          out.printf(Locale.ROOT, "    [%d] %s%s (%.2f%s)%n", c.index(), c.lowConfidence() ? "? " : "",
              c.text(), c.confidence(), c.alternatives().isEmpty() ? ""
                  : ", or " + c.alternatives().get(0).type().id());
        }
      }
    }
    if (!all) {
      long definitions = doc.ofType(ClauseType.DEFINITIONS).size();
      long other = doc.ofType(ClauseType.OTHER).size();
      out.printf(Locale.ROOT, "%nAlso %d definitions and %d other segments (titles, preambles, notices); "
          + "--all lists them.%n", definitions, other);
    }
    if (anyLow) {
      out.printf(Locale.ROOT, "? marks a clause classified with confidence below %.2f.%n", Clause.LOW_CONFIDENCE);
    }
    out.println();
  }

  static void markdown(ClassifiedDocument doc, PrintWriter out) {
    out.printf(Locale.ROOT, "## %s%n%n%s, %d characters, %d clauses.%n%n", SegmentRenderers.cell(doc.source()),
        doc.mediaType(), doc.characters(), doc.clauses().size());
    out.println("| # | Type | Category | Confidence | Section | Text |");
    out.println("|---:|---|---|---:|---|---|");
    for (Clause c : doc.clauses()) {
      out.printf(Locale.ROOT, "| %d | %s | %s | %.2f | %s | %s |%n", c.index(), c.type().id(), c.category().id(),
          c.confidence(), SegmentRenderers.cell(c.segment().section()), SegmentRenderers.cell(c.text()));
    }
    out.println();
  }
}
