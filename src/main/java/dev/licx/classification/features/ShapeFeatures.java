package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The look of a segment: disclaimers are shouted in capitals, headings and titles are short, a
 * lead-in ends with a colon.
 */
public final class ShapeFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(4);
    int upper = 0;
    int letters = 0;
    int words = 0;
    for (String t : text) {
      if (Tokens.isWord(t)) {
        words++;
      }
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
    }
    if (letters >= 12 && upper > 0.8 * letters) {
      features.add("shape=caps");
    }
    features.add("shape=len" + (words <= 3 ? "1-3" : words <= 8 ? "4-8" : words <= 20 ? "9-20" : words <= 50 ? "21-50" : "51+"));
    if (text.length > 0) {
      String last = text[text.length - 1];
      if (last.equals(":")) {
        features.add("shape=ends-colon");
      } else if (!last.equals(".") && !last.equals(";") && !last.equals(")") && !last.equals("\"")) {
        features.add("shape=no-final-stop");
      }
    }
    return features;
  }
}
