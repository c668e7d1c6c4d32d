package dev.licx.cli;

import dev.licx.internal.Csv;
import dev.licx.internal.Json;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentedDocument;
import java.io.PrintWriter;
import java.util.Locale;

/** The output formats of {@code licx segment}. */
final class SegmentRenderers {

  private SegmentRenderers() {}

  static Renderer<SegmentedDocument> of(OutputOptions.Format format) {
    return switch (format) {
      case text -> new Text();
      case json -> new JsonArrayOrObject<>(SegmentRenderers::json);
      case jsonl -> (doc, out) -> {
        StringBuilder b = new StringBuilder();
        json(doc, new Json(b, false));
        out.println(b);
      };
      case csv -> new CsvRenderer();
      case markdown -> new Markdown();
    };
  }

  static void json(SegmentedDocument doc, Json j) {
    header(j, doc.source(), doc.mediaType(), doc.characters(), doc.warnings());
    j.name("segments").beginArray();
    for (Segment s : doc.segments()) {
      j.beginObject()
          .field("index", s.index())
          .field("text", s.text())
          .field("start", s.start())
          .field("end", s.end())
          .field("section", s.section())
          .field("kind", s.kind().id())
          .endObject();
    }
    j.endArray().endObject();
  }

  /** Opens a document object with the fields every command's JSON shares (docs/json-output.md). */
  static void header(Json j, String source, String mediaType, int characters, java.util.List<String> warnings) {
    j.beginObject()
        .field("source", source)
        .field("mediaType", mediaType)
        .field("characters", characters);
    if (!warnings.isEmpty()) {
      j.name("warnings").beginArray();
      warnings.forEach(j::value);
      j.endArray();
    }
  }

  /**
   * One JSON object for one input; an array of them for several, even when some fail, so that the
   * output's shape depends on the command line and not on which documents could be read.
   */
  static final class JsonArrayOrObject<T> implements Renderer<T> {
    interface Writer<T> {
      void write(T doc, Json json);
    }

    private final Writer<T> writer;
    private boolean array;
    private int count;

    JsonArrayOrObject(Writer<T> writer) {
      this.writer = writer;
    }

    @Override
    public void inputs(int inputs) {
      array = inputs > 1;
    }

    @Override
    public void document(T doc, PrintWriter out) {
      count++;
      StringBuilder b = new StringBuilder();
      writer.write(doc, new Json(b, true));
      if (array) {
        out.print((count == 1 ? "[\n  " : ",\n  ") + b.toString().replace("\n", "\n  "));
      } else {
        out.println(b);
      }
    }

    @Override
    public void end(PrintWriter out) {
      if (count == 0) {
        out.println("[]");
      } else if (array) {
        out.println("\n]");
      }
    }
  }

  static final class Text implements Renderer<SegmentedDocument> {
    @Override
    public void document(SegmentedDocument doc, PrintWriter out) {
      out.printf(Locale.ROOT, "== %s (%s, %d characters, %d segments)%n",
          doc.source(), doc.mediaType(), doc.characters(), doc.segments().size());
      String section = null;
      for (Segment s : doc.segments()) {
        if (!s.section().equals(section) && !s.section().isEmpty() && s.kind() != dev.licx.segmentation.SegmentKind.HEADING) {
          out.println("   § " + s.section());
        }
        section = s.section();
        out.printf(Locale.ROOT, "%5d  %6d-%-6d %-8s %s%n", s.index(), s.start(), s.end(), s.kind().id(), s.text());
      }
      out.println();
    }
  }

  static final class CsvRenderer implements Renderer<SegmentedDocument> {
    @Override
    public void begin(PrintWriter out) {
      out.print(Csv.row("source", "index", "start", "end", "kind", "section", "text"));
    }

    @Override
    public void document(SegmentedDocument doc, PrintWriter out) {
      for (Segment s : doc.segments()) {
        out.print(Csv.row(doc.source(), Integer.toString(s.index()), Integer.toString(s.start()),
            Integer.toString(s.end()), s.kind().id(), s.section(), s.text()));
      }
    }
  }

  static final class Markdown implements Renderer<SegmentedDocument> {
    @Override
    public void document(SegmentedDocument doc, PrintWriter out) {
      out.printf(Locale.ROOT, "## %s%n%n%s, %d characters, %d segments.%n%n",
          cell(doc.source()), doc.mediaType(), doc.characters(), doc.segments().size());
      out.println("| # | Offsets | Kind | Section | Text |");
      out.println("|---:|---|---|---|---|");
      for (Segment s : doc.segments()) {
        out.printf(Locale.ROOT, "| %d | %d-%d | %s | %s | %s |%n",
            s.index(), s.start(), s.end(), s.kind().id(), cell(s.section()), cell(s.text()));
      }
      out.println();
    }
  }

  /** Text made safe for a Markdown table cell. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
