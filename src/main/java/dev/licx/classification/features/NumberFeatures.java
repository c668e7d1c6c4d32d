package dev.licx.classification.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Numbers by what they measure: large counts and money mark usage thresholds and liability caps,
 * day counts mark cure periods, percentages mark control definitions.
 */
public final class NumberFeatures implements FeatureGenerator {

  private static final Set<String> MONEY = Set.of("$", "usd", "eur", "€", "£", "dollars", "euros", "rmb", "yuan", "pounds");
  private static final Set<String> SCALE = Set.of("million", "billion", "thousand", "millions", "billions");
  private static final Set<String> TIME = Set.of("days", "day", "months", "month", "years", "year", "weeks");

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(4);
    for (int i = 0; i < text.length; i++) {
      String t = Tokens.lower(text[i]);
      if (MONEY.contains(t)) {
        features.add("num=money");
      } else if (SCALE.contains(t)) {
        features.add("num=scale");
      } else if (t.equals("%") || t.equals("percent")) {
        features.add("num=percent");
      } else if (isNumber(t)) {
        // The tokenizer splits "700,000,000" at the commas: read the groups of three as one number.
        while (i + 2 < text.length && text[i + 1].equals(",") && text[i + 2].length() == 3 && isNumber(text[i + 2])) {
          t = t + text[i + 1] + text[i + 2];
          i += 2;
        }
        features.add("num=any");
        String next = i + 1 < text.length ? Tokens.lower(text[i + 1]) : "";
        if (TIME.contains(next)) {
          features.add("num=period");
        } else if (t.replace(",", "").length() >= 6) {
          features.add("num=large");
        }
      }
    }
    return features;
  }

  private static boolean isNumber(String t) {
    if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
