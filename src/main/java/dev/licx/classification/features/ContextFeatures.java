package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Stems of the segment before: an item such as "(c) any military use;" is a prohibition only
 * because its lead-in said "You agree not to use the Model for:". Read from the sample's extra
 * information under {@link #KEY}; absent for lone sentences.
 */
public final class ContextFeatures implements FeatureGenerator {

  /** The extra-information key carrying the previous segment's text. */
  public static final String KEY = "previous";

  /** Only the end of a long predecessor matters: the words that lead into this segment. */
  private static final int WORDS = 12;

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    Object previous = extraInfo == null ? null : extraInfo.get(KEY);
    if (!(previous instanceof String p) || p.isBlank()) {
      return List.of();
    }
    String[] tokens = SimpleTokenizer.INSTANCE.tokenize(p);
    PorterStemmer stemmer = new PorterStemmer();
    List<String> features = new ArrayList<>(WORDS);
    int taken = 0;
    for (int i = tokens.length - 1; i >= 0 && taken < WORDS; i--) {
      if (Tokens.isWord(tokens[i])) {
        features.add("p=" + stemmer.stem(Tokens.lower(tokens[i])));
        taken++;
      }
    }
    return features;
  }
}
