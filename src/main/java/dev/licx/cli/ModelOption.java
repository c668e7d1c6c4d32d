package dev.licx.cli;

import dev.licx.classification.ClauseClassifier;
import dev.licx.internal.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

  /** A loaded model and the SHA-256 of its file, which tells an index which model typed its clauses. */
  record Loaded(DoccatModel model, String fingerprint) {}

  DoccatModel load() throws IOException {
    if (model == null) {
      return ClauseClassifier.loadDefaultModel();
    }
    return loadWithFingerprint().model();
  }

  Loaded loadWithFingerprint() throws IOException {
    byte[] bytes;
    if (model == null) {
      try (InputStream in = ClauseClassifier.class.getResourceAsStream(ClauseClassifier.DEFAULT_MODEL)) {
        if (in == null) {
          throw new IOException("the clause model is missing from the class path: " + ClauseClassifier.DEFAULT_MODEL);
        }
        bytes = in.readAllBytes();
      }
      return new Loaded(new DoccatModel(new ByteArrayInputStream(bytes)), Hashing.sha256(bytes));
    }
    if (!Files.isRegularFile(model)) {
      throw new UnusableModelException(model + ": " + (Files.exists(model) ? "not a file" : "no such model file"),
          null);
    }
    try {
      bytes = Files.readAllBytes(model);
      return new Loaded(new DoccatModel(new ByteArrayInputStream(bytes)), Hashing.sha256(bytes));
    } catch (IOException | RuntimeException e) {
      String why = e instanceof IOException && e.getMessage() != null ? e.getMessage() : "not a model file";
      throw new UnusableModelException(model + ": cannot load the clause model: " + why, e);
    }
  }
}
