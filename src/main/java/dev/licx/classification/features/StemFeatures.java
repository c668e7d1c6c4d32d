package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Porter stems and stem bigrams: "distribute", "distributing" and "distribution" are one clue,
 * which matters when a license family the model never saw words a clause its own way.
 */
public final class StemFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    // PorterStemmer keeps state between calls; one per call keeps the generator thread-safe.
    PorterStemmer stemmer = new PorterStemmer();
    List<String> features = new ArrayList<>(text.length * 2);
    String prev = "^";
    for (String t : text) {
      if (!Tokens.isWord(t)) {
        continue;
      }
      String s = stemmer.stem(Tokens.lower(t));
      features.add("s=" + s);
      features.add("sb=" + prev + "_" + s);
      prev = s;
    }
    return features;
  }
}
