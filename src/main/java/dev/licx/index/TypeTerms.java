package dev.licx.index;

import dev.licx.classification.ClauseType;
import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words that most distinguish each clause type, read from the clause model's weights: the
 * Porter stems whose weight for a type most exceeds their average weight for the others. They are
 * learned from the whole corpus, so they carry how licenses word a type ("monthly", "activ",
 * "user" for a usage threshold) to a query that words it otherwise ("a cap on users").
 */
public final class TypeTerms {

  /** A stem and how strongly it points to the type. */
  public record Term(String stem, double weight) {}

  private static final String STEM_FEATURE = "s=";
  private final Map<ClauseType, List<Term>> terms;
  /** Every stem's margin for each type, indexed by {@link ClauseType#ordinal()}. */
  private final Map<String, double[]> margins;

  private TypeTerms(Map<ClauseType, List<Term>> terms, Map<String, double[]> margins) {
    this.terms = terms;
    this.margins = margins;
  }

  /** The {@code perType} strongest stems of each type; empty when the model is not a linear one. */
  public static TypeTerms of(DoccatModel model, int perType) {
    Map<ClauseType, List<Term>> out = new EnumMap<>(ClauseType.class);
    MaxentModel maxent = model.getMaxentModel();
    if (!(maxent instanceof AbstractModel m)) {
      return new TypeTerms(out, Map.of());
    }
    Object[] data = m.getDataStructures();
    Map<?, ?> predicates = null;
    String[] outcomes = null;
    for (Object o : data) {
      if (o instanceof Map<?, ?> map) {
        predicates = map;
      } else if (o instanceof String[] names) {
        outcomes = names;
      }
    }
    if (predicates == null || outcomes == null) {
      return new TypeTerms(out, Map.of());
    }
    int n = outcomes.length;
    ClauseType[] types = new ClauseType[n];
    for (int o = 0; o < n; o++) {
      types[o] = ClauseType.fromId(outcomes[o]);
    }
    Map<String, double[]> margins = new HashMap<>();
    List<List<Term>> byOutcome = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byOutcome.add(new ArrayList<>());
    }
    for (Map.Entry<?, ?> e : predicates.entrySet()) {
      String feature = (String) e.getKey();
      if (!feature.startsWith(STEM_FEATURE) || feature.length() < STEM_FEATURE.length() + 3) {
        continue;
      }
      String stem = feature.substring(STEM_FEATURE.length());
      if (!stem.chars().allMatch(Character::isLetter)) {
        continue;
      }
      Context c = (Context) e.getValue();
      double[] w = new double[n];
      double sum = 0;
      for (int k = 0; k < c.getOutcomes().length; k++) {
        w[c.getOutcomes()[k]] = c.getParameters()[k];
        sum += c.getParameters()[k];
      }
      double[] byType = new double[ClauseType.values().length];
      for (int o = 0; o < n; o++) {
        double margin = w[o] - (sum - w[o]) / (n - 1);
        byType[types[o].ordinal()] = margin;
        if (margin > 0) {
          byOutcome.get(o).add(new Term(stem, margin));
        }
      }
      margins.put(stem, byType);
    }
    for (int o = 0; o < n; o++) {
      List<Term> list = byOutcome.get(o);
      list.sort((a, b) -> a.weight() != b.weight() ? Double.compare(b.weight(), a.weight()) : a.stem().compareTo(b.stem()));
      out.put(types[o], Collections.unmodifiableList(new ArrayList<>(list.subList(0, Math.min(perType, list.size())))));
    }
    return new TypeTerms(out, margins);
  }

  /**
   * How strongly the stems of {@code text} point to each type, as probabilities (indexed by
   * {@link ClauseType#ordinal()}): the softmax of the summed margins. Unlike the classifier, this
   * reads only the words, with no prior from how short texts were labeled in training, which is
   * what a query of a few words needs.
   */
  public double[] read(String text) {
    double[] sum = new double[ClauseType.values().length];
    PorterStemmer stemmer = new PorterStemmer();
    for (String token : ClauseClassifier.tokenize(text)) {
      double[] m = margins.get(stemmer.stem(token.toLowerCase(Locale.ROOT)));
      if (m != null) {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += m[i];
        }
      }
    }
    double max = Arrays.stream(sum).max().orElse(0);
    double total = 0;
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.exp(sum[i] - max);
      total += sum[i];
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= total;
    }
    return sum;
  }

  public List<Term> of(ClauseType type) {
    return terms.getOrDefault(type, List.of());
  }
}
