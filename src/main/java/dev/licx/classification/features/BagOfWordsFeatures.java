package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Lower-cased words. OpenNLP's own {@code BagOfWordsFeatureGenerator} keeps case, which splits
 * "SHALL" in an all-caps disclaimer from "shall" in running text.
 */
public final class BagOfWordsFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(text.length);
    for (String t : text) {
      if (Tokens.isWord(t)) {
        features.add("w=" + Tokens.lower(t));
      }
    }
    return features;
  }
}
