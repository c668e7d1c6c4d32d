package dev.licx.cli;

import dev.licx.classification.ClauseClassifierTrainer;
import dev.licx.classification.ClauseCorpus;
import dev.licx.classification.EvaluationReport;
import dev.licx.classification.GroupedCrossValidator;
import dev.licx.classification.ModelCard;
import dev.licx.internal.AtomicFiles;
import dev.licx.internal.Hashing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.util.TrainingParameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licx train}: retrain the clause classifier and regenerate its model card. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the clause classifier on a corpus, cross-validate it by license family, and write the "
        + "model and its generated model card (data checksums, parameters, scores).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Model and card written.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some annotation files could not be used (named on stderr); the model was trained on the rest.",
      "4:Model written, but cross-validation is below the targets (--check).",
    })
final class TrainCommand implements Callable<Integer> {

  @Mixin TrainingInputs inputs;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
      description = "Cross-validation folds, grouped by license family; 0 skips it (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = {"-o", "--model"}, paramLabel = "FILE", defaultValue = "models/clause-classifier.bin",
      description = "Model to write; the card goes next to it as .md (default: ${DEFAULT-VALUE}).")
  Path model;

  @Option(names = "--check", description = "Exit 4 when cross-validation misses the targets.")
  boolean check;


  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    inputs.validate(spec.commandLine());
    if (folds == 1 || folds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be 0 or at least 2");
    }
    TrainingParameters parameters = inputs.parameters();
    ClauseCorpus data = inputs.load(err);
    if (data == null) {
      return ExitCode.SOME_INPUTS_FAILED;
    }
    out.printf(Locale.ROOT, "corpus: %d clauses (%d duplicates removed)%n", data.clauses().size(), data.duplicates());
    EvaluationReport cv = EvaluationReport.empty();
    // The final model and the folds are independent trainings: they share the cores, each one
    // single-threaded and so reproducible, and the wall time falls with every core.
    ExecutorService pool = Executors.newFixedThreadPool(inputs.threads);
    DoccatModel trained;
    try {
      CompletableFuture<DoccatModel> finalModel =
          CompletableFuture.supplyAsync(() -> ClauseClassifierTrainer.train(data.clauses(), parameters), pool);
      if (folds > 0) {
        out.printf(Locale.ROOT, "cross-validating (%d folds grouped by license family) and training the final model "
            + "on %d threads...%n", folds, inputs.threads);
        out.flush();
        cv = new GroupedCrossValidator(folds).crossValidate(data.clauses(), parameters, pool);
        out.printf(Locale.ROOT, "macro-F1 %.3f, micro-F1 %.3f%n", cv.macroF1(), cv.microF1());
      } else {
        out.println("training the final model...");
      }
      out.flush();
      trained = finalModel.join();
    } finally {
      pool.shutdownNow();
    }
    byte[] bytes = ClauseClassifierTrainer.reproducibleBytes(trained, parameters);
    Path target = model.toAbsolutePath();
    Files.createDirectories(target.getParent());
    AtomicFiles.write(target, bytes);
    Path card = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.bin$", "") + ".md");
    String cardText = ModelCard.render(new ModelCard.Inputs(
        model.toString().replace('\\', '/'),
        Hashing.sha256(bytes),
        trained.getVersion().toString(),
        new LicxCommand.Version().getVersion()[0].replaceFirst("^licx ", ""),
        ClauseClassifierTrainer.settings(parameters),
        data,
        folds,
        cv));
    AtomicFiles.write(card, cardText.getBytes(StandardCharsets.UTF_8));
    out.println("wrote " + model + " and " + card.getFileName());
    boolean ok = folds == 0 || ModelCard.meetsTargets(cv);
    out.println(folds == 0 ? "cross-validation skipped" : ok ? "OK: targets met" : "FAIL: below targets (see the card)");
    if (check && !ok) {
      return 4;
    }
    return data.problems().isEmpty() ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
  }
}
