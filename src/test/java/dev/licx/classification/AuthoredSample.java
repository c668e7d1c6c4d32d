package dev.licx.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.TrainingParameters;

/** Small, fixed slices of corpus/authored for the training tests, and small training parameters. */
final class AuthoredSample {

  private AuthoredSample() {}

  /** The sentences of one authored file, comments and blank lines left out. */
  static List<String> sentences(ClauseType type) {
    Path file = Path.of("corpus", "authored", type.id() + ".txt");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every {@code every}-th authored sentence of each type, starting at {@code offset}: two calls
   * with the same {@code every} and different offsets give disjoint slices.
   */
  static List<LabeledClause> slice(int every, int offset) {
    List<LabeledClause> out = new ArrayList<>();
    for (ClauseType t : ClauseType.values()) {
      List<String> lines = sentences(t);
      for (int i = offset; i < lines.size(); i += every) {
        out.add(new LabeledClause(lines.get(i), t, "", "", "", "authored/" + t.id() + ".txt", t.id() + ":" + i));
      }
    }
    return out;
  }

  /** Quick maximum-entropy training: few iterations, one thread, so results are reproducible. */
  static TrainingParameters params(String features) {
    TrainingParameters p = new TrainingParameters();
    p.put("Algorithm", "MAXENT");
    p.put("Iterations", "30");
    p.put("Cutoff", "1");
    p.put("Threads", "1");
    p.put(ClauseClassifierTrainer.FEATURES, features);
    return p;
  }
}
