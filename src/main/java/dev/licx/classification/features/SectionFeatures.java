package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Words of the section heading the segment sits under: "Limitation of Liability" says a lot about
 * an all-caps paragraph below it. Read from the sample's extra information under {@link #KEY}.
 */
public final class SectionFeatures implements FeatureGenerator {

  /** The extra-information key carrying the section heading. */
  public static final String KEY = "section";

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    Object section = extraInfo == null ? null : extraInfo.get(KEY);
    if (!(section instanceof String s) || s.isBlank()) {
      return List.of();
    }
    List<String> features = new ArrayList<>();
    for (String t : SimpleTokenizer.INSTANCE.tokenize(s)) {
      if (Tokens.isWord(t) && !Character.isDigit(t.charAt(0)) && t.length() > 2) {
        features.add("sec=" + Tokens.lower(t));
      }
    }
    return features;
  }
}
