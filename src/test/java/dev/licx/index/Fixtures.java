package dev.licx.index;

import dev.licx.classification.ClauseClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;

/** The shipped model, loaded once, and the fictional Orchard license copied where a test needs it. */
final class Fixtures {

  private static DoccatModel model;

  private Fixtures() {}

  static synchronized DoccatModel model() {
    if (model == null) {
      try {
        model = ClauseClassifier.loadDefaultModel();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  /** Copies a fixture of {@code src/test/resources/fixtures} to {@code dir/name}. */
  static Path copy(String fixture, Path dir, String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
      Files.copy(in, target);
    }
    return target;
  }
}
