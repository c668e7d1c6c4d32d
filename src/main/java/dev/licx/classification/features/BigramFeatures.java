package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** Lower-cased word bigrams, with the sentence start as a word: "may not", "shall mean", "^you". */
public final class BigramFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(text.length + 1);
    String prev = "^";
    for (String t : text) {
      if (!Tokens.isWord(t)) {
        continue;
      }
      String w = Tokens.lower(t);
      features.add("b=" + prev + "_" + w);
      prev = w;
    }
    return features;
  }
}
