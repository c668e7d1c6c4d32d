package dev.licx.cli;

import dev.licx.classification.ClauseType;
import dev.licx.internal.Json;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code licx types}: the clause taxonomy. */
@Command(
    name = "types",
    mixinStandardHelpOptions = true,
    description = "List the 26 clause types: id, category, what the clause does, and the Open Source "
        + "Definition criteria it can conflict with.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:Success.", "1:Internal error.", "2:Usage error."})
final class TypesCommand implements Callable<Integer> {

  /** The output formats of this command. */
  enum Format {
    text,
    json,
    markdown
  }

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> {
        for (ClauseType t : ClauseType.values()) {
          out.printf(Locale.ROOT, "%-21s %-12s %-8s %s%n", t.id(), t.category().id(), osd(t), t.description());
        }
      }
      case markdown -> {
        out.println("| id | category | OSD criteria | what the clause does |");
        out.println("|---|---|---|---|");
        for (ClauseType t : ClauseType.values()) {
          out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", t.id(), t.category().id(), osd(t), t.description());
        }
      }
      case json -> {
        StringBuilder b = new StringBuilder();
        Json j = new Json(b, true).beginArray();
        for (ClauseType t : ClauseType.values()) {
          j.beginObject().field("id", t.id()).field("category", t.category().id())
              .field("description", t.description());
          j.name("osdCriteria").beginArray();
          t.osdCriteria().stream().sorted().forEach(c -> j.value(c));
          j.endArray().endObject();
        }
        j.endArray();
        out.println(b);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String osd(ClauseType t) {
    return t.osdCriteria().isEmpty() ? "-"
        : t.osdCriteria().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }
}
