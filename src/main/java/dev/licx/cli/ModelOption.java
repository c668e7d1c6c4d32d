package dev.licx.cli;

import dev.licx.classification.ClauseClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;
import picocli.CommandLine.Option;

/** {@code --model}: the clause model to use instead of the shipped one. */
public final class ModelOption {

  @Option(names = "--model", paramLabel = "FILE",
      description = "Clause model to use (default: the model shipped with licx, see models/).")
  Path model;

  /** A {@code --model} file that cannot be loaded: a usage error, reported in one line (exit 2). */
  static final class UnusableModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnusableModelException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  DoccatModel load() throws IOException {
    if (model == null) {
      return ClauseClassifier.loadDefaultModel();
    }
    if (!Files.isRegularFile(model)) {
      throw new UnusableModelException(model + ": " + (Files.exists(model) ? "not a file" : "no such model file"),
          null);
    }
    try {
      return ClauseClassifier.loadModel(model);
    } catch (IOException | RuntimeException e) {
      String why = e instanceof IOException && e.getMessage() != null ? e.getMessage() : "not a model file";
      throw new UnusableModelException(model + ": cannot load the clause model: " + why, e);
    }
  }
}
