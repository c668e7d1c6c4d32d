package dev.licx.cli;

import dev.licx.classification.ClassifierEvaluator;
import dev.licx.classification.ClauseClassifierTrainer;
import dev.licx.classification.ClauseCorpus;
import dev.licx.classification.ClauseType;
import dev.licx.classification.EvaluationReport;
import dev.licx.classification.LabeledClause;
import dev.licx.classification.ModelCard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licx evaluate}: score a clause model on labeled data. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score a clause model on labeled data: a corpus directory (authored/, annotations/) or a "
        + "TSV file of type<TAB>sentence lines. Prints macro- and micro-F1, per-type scores and confusions.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Scores printed.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some labeled data could not be used (named on stderr); the rest was scored.",
      "4:Scores below the targets (with --check).",
    })
final class EvaluateCommand implements Callable<Integer> {

  @Mixin ModelOption model;

  @Option(names = "--data", required = true, paramLabel = "PATH",
      description = "A corpus directory, or a TSV file of type<TAB>sentence lines.")
  Path data;

  @Mixin TextsOption texts;

  @Option(names = "--check", description = "Exit 4 when the scores miss the targets.")
  boolean check;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LabeledClause> clauses;
    int problems = 0;
    if (Files.isDirectory(data)) {
      ClauseCorpus corpus = texts.load(data, err);
      problems = corpus.problems().size();
      clauses = corpus.clauses();
    } else if (Files.isRegularFile(data)) {
      clauses = new ArrayList<>();
      int lineNo = 0;
      for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        try {
          if (tab < 0) {
            throw new IllegalArgumentException("expected type<TAB>sentence");
          }
          clauses.add(new LabeledClause(line.substring(tab + 1).strip(), ClauseType.fromId(line.substring(0, tab).strip()),
              "", "", "", data.toString(), data.toString()));
        } catch (IllegalArgumentException e) {
          problems++;
          err.println("licx: " + data + ":" + lineNo + ": " + e.getMessage());
        }
      }
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + data);
    }
    if (clauses.isEmpty()) {
      err.println("licx: " + data + ": no labeled clauses");
      return ExitCode.SOME_INPUTS_FAILED;
    }
    opennlp.tools.doccat.DoccatModel loaded = model.load();
    Map<String, String> trained = ClauseClassifierTrainer.parameters(loaded);
    out.println("model: " + (model.model == null ? "shipped" : model.model) + (trained.isEmpty() ? ""
        : ", trained with " + trained.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(", "))));
    out.printf(java.util.Locale.ROOT, "%d labeled clauses%n%n", clauses.size());
    EvaluationReport report = ClassifierEvaluator.evaluate(loaded, clauses);
    out.print(ModelCard.metrics(report));
    out.flush();
    if (check && !ModelCard.meetsTargets(report)) {
      return ExitCode.BELOW_TARGET;
    }
    return problems > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }
}
