package dev.licx.classification;

import dev.licx.classification.features.ContextFeatures;
import dev.licx.classification.features.LayoutFeatures;
import dev.licx.classification.features.SectionFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * The tokens the features are computed from; training uses the same. Chinese, Japanese and
   * Korean text has no spaces, so each ideograph or syllable is a token of its own and the bigram
   * features see character pairs.
   */
  public static String[] tokenize(String text) {
    String[] tokens = SimpleTokenizer.INSTANCE.tokenize(text);
    boolean cjk = false;
    for (int i = 0; i < text.length() && !cjk; i++) {
      cjk = isCjk(text.charAt(i));
    }
    if (!cjk) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens.length * 2);
    for (String t : tokens) {
      int start = 0;
      for (int i = 0; i < t.length(); i++) {
        if (isCjk(t.charAt(i))) {
          if (i > start) {
            out.add(t.substring(start, i));
          }
          out.add(t.substring(i, i + 1));
          start = i + 1;
        }
      }
      if (start < t.length()) {
        out.add(t.substring(start));
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean isCjk(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }

  /**
   * Extra information the feature generators read: the section heading, the layout role and the
   * text of the segment before.
   */
  public static Map<String, Object> context(String section, String kind, String previous) {
    Map<String, Object> m = new HashMap<>(4);
    if (section != null && !section.isEmpty()) {
      m.put(SectionFeatures.KEY, section);
    }
    if (kind != null && !kind.isEmpty()) {
      m.put(LayoutFeatures.KEY, kind);
    }
    if (previous != null && !previous.isEmpty()) {
      m.put(ContextFeatures.KEY, previous);
    }
    return m;
  }

  /** Classifies a sentence seen without its document. */
  public Classification classify(String text) {
    return classify(text, "", "", "");
  }

  /** Classifies a segment of a document, using its section heading, layout role and predecessor. */
  public Classification classify(String text, String section, String kind, String previous) {
    double[] p = categorizer.categorize(tokenize(text), context(section, kind, previous));
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

  /**
   * The probability of every type for a text seen alone, indexed by {@link ClauseType#ordinal()}
   * (0 for a type the model does not know).
   */
  public double[] probabilities(String text) {
    double[] p = categorizer.categorize(tokenize(text), context("", "", ""));
    double[] out = new double[ClauseType.values().length];
    for (int i = 0; i < p.length; i++) {
      out[typeByIndex[i].ordinal()] = p[i];
    }
    return out;
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
