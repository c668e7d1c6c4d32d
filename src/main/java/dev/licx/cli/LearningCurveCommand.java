package dev.licx.cli;

import dev.licx.classification.ClauseCorpus;
import dev.licx.classification.EvaluationReport;
import dev.licx.classification.GroupedCrossValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import opennlp.tools.util.TrainingParameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code licx learning-curve}: how the cross-validated scores grow with the training data, which
 * says whether more data of the same kind would reach a target.
 */
@Command(
    name = "learning-curve",
    mixinStandardHelpOptions = true,
    description = "Cross-validate the clause classifier by license family with each fold trained on a share of "
        + "its training families and sentences, and print macro- and micro-F1 per share. Writes no model.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Scores printed.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some annotation files could not be used (named on stderr); the rest was used.",
    })
final class LearningCurveCommand implements Callable<Integer> {

  @Mixin TrainingInputs inputs;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
      description = "Cross-validation folds, grouped by license family (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--shares", paramLabel = "S", split = ",", defaultValue = "0.25,0.5,0.75,1",
      description = "Shares of each fold's training data, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Double> shares;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    inputs.validate(spec.commandLine());
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
    }
    for (double s : shares) {
      if (!(s > 0 && s <= 1)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--shares must lie in (0, 1]: " + s);
      }
    }
    TrainingParameters parameters = inputs.parameters();
    ClauseCorpus data = inputs.load(err);
    if (data == null) {
      return ExitCode.SOME_INPUTS_FAILED;
    }
    out.printf(Locale.ROOT, "corpus: %d clauses; %d folds grouped by license family%n%n", data.clauses().size(), folds);
    out.printf(Locale.ROOT, "%-7s %9s %9s%n", "share", "macro-F1", "micro-F1");
    out.flush();
    ExecutorService pool = Executors.newFixedThreadPool(inputs.threads);
    try {
      GroupedCrossValidator cv = new GroupedCrossValidator(folds);
      for (double s : shares) {
        EvaluationReport r;
        try {
          r = cv.crossValidate(data.clauses(), parameters, pool, s);
        } catch (IllegalArgumentException e) {
          err.println("licx: " + e.getMessage());
          return ExitCode.USAGE;
        }
        out.printf(Locale.ROOT, "%-7.2f %9.3f %9.3f%n", s, r.macroF1(), r.microF1());
        out.flush();
      }
    } finally {
      pool.shutdownNow();
    }
    return data.problems().isEmpty() ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
  }
}
