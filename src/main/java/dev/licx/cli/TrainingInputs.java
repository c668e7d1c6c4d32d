package dev.licx.cli;

import dev.licx.classification.ClauseClassifierTrainer;
import dev.licx.classification.ClauseCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.util.TrainingParameters;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the commands that train clause models read: corpus, texts, params, and how many trainings run at once. */
public final class TrainingInputs {

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "Corpus directory with authored/ and annotations/ (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Mixin TextsOption texts;

  @Option(names = "--params", paramLabel = "FILE", defaultValue = "models/clause-classifier.params",
      description = "Training parameters, OpenNLP format plus licx.features (default: ${DEFAULT-VALUE}).")
  Path params;

  @Option(names = "--threads", paramLabel = "N",
      description = "Trainings run at once, each single-threaded (default: the number of cores).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** Rejects a missing corpus or params file and a thread count below 1 as usage errors. */
  void validate(CommandLine commandLine) {
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(commandLine, "no corpus directory: " + corpus);
    }
    if (!Files.isRegularFile(params)) {
      throw new CommandLine.ParameterException(commandLine, "no params file: " + params);
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1");
    }
  }

  TrainingParameters parameters() throws IOException {
    return ClauseClassifierTrainer.loadParams(params);
  }

  /**
   * The corpus, with each annotation file it could not use reported on {@code err}; null, after
   * saying so, when it holds no labeled clause.
   */
  ClauseCorpus load(PrintWriter err) throws IOException {
    ClauseCorpus data = texts.load(corpus, err);
    if (data.clauses().isEmpty()) {
      err.println("licx: " + corpus + ": no labeled clauses");
      return null;
    }
    return data;
  }
}
