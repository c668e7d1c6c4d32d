package dev.licx.classification.features;

import java.util.Locale;

/** Token helpers shared by the feature generators. */
final class Tokens {

  private Tokens() {}

  /** True for a token with at least one letter or digit. */
  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
