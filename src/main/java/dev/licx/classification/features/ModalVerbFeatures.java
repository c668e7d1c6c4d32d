package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * What a modal verb permits or forbids: the stem of the verb after "may", "must", "shall" —
 * "may not distribute" and "may distribute" share every word feature but one, and that one decides
 * between a restriction and a grant.
 */
public final class ModalVerbFeatures implements FeatureGenerator {

  private static final Set<String> MODALS = Set.of("may", "must", "shall", "will", "can", "cannot", "should");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no");
  /** Words between a modal and its verb that say nothing about the verb. */
  private static final Set<String> SKIP = Set.of("be", "also", "only", "directly", "indirectly", "otherwise",
      "freely", "either", "or", "and", "in", "any", "way", "event", "case", "solely", "hereby", "further", "then");

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> words = new ArrayList<>(text.length);
    for (String t : text) {
      if (Tokens.isWord(t)) {
        words.add(Tokens.lower(t));
      }
    }
    List<String> features = new ArrayList<>(2);
    for (int i = 0; i < words.size(); i++) {
      if (!MODALS.contains(words.get(i))) {
        continue;
      }
      boolean negated = words.get(i).equals("cannot");
      int j = i + 1;
      while (j < words.size() && (NEGATIONS.contains(words.get(j)) || SKIP.contains(words.get(j)))) {
        negated |= NEGATIONS.contains(words.get(j));
        j++;
      }
      if (j < words.size()) {
        features.add((negated ? "forbid=" : "modal=") + stemmer.stem(words.get(j)));
      }
    }
    return features;
  }
}
