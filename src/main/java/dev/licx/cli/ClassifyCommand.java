package dev.licx.cli;

import dev.licx.classification.Classification;
import dev.licx.classification.ClauseClassifier;
import dev.licx.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licx classify}: sentences in, one per line; clause types out. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = "Classify sentences, one per line, read from files or standard input; print each "
        + "sentence's clause type, confidence and runner-up.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some files could not be read; the rest were processed.",
    })
final class ClassifyCommand implements Callable<Integer> {

  /** The output formats of this command. */
  enum Format {
    text,
    tsv,
    jsonl
  }

  /** Longer lines are cut: a clause is never this long, and a hostile file must stay bounded. */
  static final int MAX_LINE = 20_000;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Files of sentences, one per line; none or '-' reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ClauseClassifier classifier = new ClauseClassifier(model.load());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.tsv) {
      out.println("type\tconfidence\talternative\talternative_confidence\ttext");
    }
    int failed = 0;
    List<String> sources = files.isEmpty() ? List.of("-") : files;
    for (String source : sources) {
      try (InputStream in = source.equals("-") ? Batch.root(spec).stdin : Files.newInputStream(Path.of(source));
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String text = line.strip();
          if (text.isEmpty()) {
            continue;
          }
          if (text.length() > MAX_LINE) {
            text = text.substring(0, MAX_LINE);
          }
          print(out, text, classifier.classify(text));
        }
      } catch (NoSuchFileException e) {
        failed++;
        err.println("licx: " + source + ": no such file");
      } catch (IOException e) {
        failed++;
        err.println("licx: " + source + ": cannot read: " + e.getMessage());
      }
    }
    out.flush();
    return failed > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }

  private void print(PrintWriter out, String text, Classification c) {
    Classification.Alternative alt = c.alternatives().isEmpty() ? null : c.alternatives().get(0);
    switch (format) {
      case text -> out.printf(Locale.ROOT, "%-21s %.2f  %-22s %s%n", c.type().id(), c.confidence(),
          alt == null ? "" : String.format(Locale.ROOT, "(%s %.2f)", alt.type().id(), alt.confidence()), text);
      case tsv -> out.println(c.type().id() + "\t" + String.format(Locale.ROOT, "%.3f", c.confidence()) + "\t"
          + (alt == null ? "" : alt.type().id()) + "\t"
          + (alt == null ? "" : String.format(Locale.ROOT, "%.3f", alt.confidence())) + "\t"
          + text.replace('\t', ' '));
      case jsonl -> {
        StringBuilder b = new StringBuilder();
        Json j = new Json(b, false);
        j.beginObject().field("text", text).field("type", c.type().id())
            .field("confidence", ClauseRenderers.round(c.confidence()));
        j.name("alternatives").beginArray();
        for (Classification.Alternative a : c.alternatives()) {
          j.beginObject().field("type", a.type().id()).field("confidence", ClauseRenderers.round(a.confidence()))
              .endObject();
        }
        j.endArray().endObject();
        out.println(b);
      }
    }
  }
}
