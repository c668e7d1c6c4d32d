package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Deontic and structural cues: who is obliged or allowed to do what. A prohibition ("may not",
 * "shall not", "must not", "no ... may") is what separates a restriction from a grant that uses the
 * same verbs; a quoted term followed by "means" marks a definition.
 */
public final class CueFeatures implements FeatureGenerator {

  private static final Set<String> MODALS = Set.of("may", "shall", "must", "will", "can", "should", "agree", "agrees");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no");
  private static final Set<String> DEFINERS = Set.of("means", "mean", "refers", "includes", "shall");

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>();
    String[] words = java.util.Arrays.stream(text).filter(Tokens::isWord).map(Tokens::lower).toArray(String[]::new);
    boolean negated = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (MODALS.contains(w)) {
        String next = i + 1 < words.length ? words[i + 1] : "";
        boolean neg = NEGATIONS.contains(next) || (next.equals("in") && i + 2 < words.length && words[i + 2].equals("no"));
        features.add("cue=" + (neg ? "neg-" : "") + w);
        negated |= neg;
      }
      if ((w.equals("without") || w.equals("prior")) && i + 1 < words.length && words[i + 1].contains("permission")) {
        features.add("cue=without-permission");
      }
    }
    if (negated) {
      features.add("cue=prohibition");
    }
    if (text.length > 2 && (text[0].equals("\"") || text[0].equals("\u201c"))) {
      features.add("cue=starts-quoted");
      for (int i = 1; i < Math.min(text.length, 12); i++) {
        if (DEFINERS.contains(Tokens.lower(text[i])) && (text[i - 1].equals("\"") || text[i - 1].equals("\u201d"))) {
          features.add("cue=quoted-term-means");
        }
      }
    }
    for (int i = 1; i < Math.min(words.length, 10); i++) {
      if (words[i].equals("means") || (words[i].equals("mean") && words[i - 1].equals("shall"))
          || (words[i].equals("to") && words[i - 1].equals("refers"))) {
        features.add("cue=early-means");
        break;
      }
    }
    if (words.length > 0 && (words[0].equals("you") || words[0].equals("licensee") || words[0].equals("recipient"))) {
      features.add("cue=subject-licensee");
    }
    return features;
  }
}
