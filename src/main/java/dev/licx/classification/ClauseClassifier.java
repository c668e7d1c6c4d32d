package dev.licx.classification;

import dev.licx.classification.features.SectionFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Gives a clause its type with a trained OpenNLP document categorizer.
 *
 * <p>Not thread-safe ({@code DocumentCategorizerME} is not); create one per thread from a shared
 * {@link DoccatModel}.
 */
public final class ClauseClassifier {

  /** The model shipped with licx, on the class path. */
  public static final String DEFAULT_MODEL = "/models/clause-classifier.bin";

  /** A runner-up is reported while its probability is at least this share of the best one's. */
  static final double ALTERNATIVE_RATIO = 0.25;

  static {
    // OpenNLP instantiates a model's feature generators by class name, only from allowed packages.
    ExtensionLoader.registerAllowedPackage("dev.licx.classification.features");
  }

  private final DoccatModel model;
  private final DocumentCategorizerME categorizer;
  private final ClauseType[] typeByIndex;

  public ClauseClassifier(DoccatModel model) {
    this.model = model;
    this.categorizer = new DocumentCategorizerME(model);
    this.typeByIndex = new ClauseType[categorizer.getNumberOfCategories()];
    for (int i = 0; i < typeByIndex.length; i++) {
      typeByIndex[i] = ClauseType.fromId(categorizer.getCategory(i));
    }
  }

  public static DoccatModel loadModel(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new DoccatModel(in);
    }
  }

  /** The shipped model. */
  public static DoccatModel loadDefaultModel() throws IOException {
    try (InputStream in = ClauseClassifier.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IOException("the clause model is missing from the class path: " + DEFAULT_MODEL);
      }
      return new DoccatModel(in);
    }
  }

  public DoccatModel model() {
    return model;
  }

  /** The tokens the features are computed from; training uses the same. */
  public static String[] tokenize(String text) {
    return SimpleTokenizer.INSTANCE.tokenize(text);
  }

  /** Extra information the feature generators read. */
  public static Map<String, Object> context(String section) {
    return section == null || section.isEmpty() ? Map.of() : Map.of(SectionFeatures.KEY, section);
  }

  public Classification classify(String text) {
    return classify(text, "");
  }

  public Classification classify(String text, String section) {
    double[] p = categorizer.categorize(tokenize(text), context(section));
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    List<Classification.Alternative> alternatives = new ArrayList<>(2);
    double floor = p[best] * ALTERNATIVE_RATIO;
    for (int k = 0; k < 2; k++) {
      int next = -1;
      for (int i = 0; i < p.length; i++) {
        if (i == best || p[i] < floor || taken(alternatives, typeByIndex[i])) {
          continue;
        }
        if (next < 0 || p[i] > p[next]) {
          next = i;
        }
      }
      if (next < 0) {
        break;
      }
      alternatives.add(new Classification.Alternative(typeByIndex[next], p[next]));
    }
    return new Classification(typeByIndex[best], p[best], alternatives);
  }

  private static boolean taken(List<Classification.Alternative> alternatives, ClauseType type) {
    for (Classification.Alternative a : alternatives) {
      if (a.type() == type) {
        return true;
      }
    }
    return false;
  }
}
