package dev.licx.classification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Groups license documents into families of near-identical texts (GPL-2.0-only and LGPL-2.1, the
 * Creative Commons variants, a vendor's successive model licenses), so cross-validation never
 * trains on one member of a family and tests on another.
 */
public final class LicenseFamilies {

  /** Name fragments that decide the family before the default rule; first match wins. */
  private static final Map<String, String> FRAGMENTS = new LinkedHashMap<>();

  static {
    FRAGMENTS.put("openrail", "openrail");
    FRAGMENTS.put("-rail-", "openrail");
    FRAGMENTS.put("responsible-ai", "openrail");
    FRAGMENTS.put("gpl", "gnu");
    FRAGMENTS.put("gfdl", "gnu");
    FRAGMENTS.put("stability", "stability");
    FRAGMENTS.put("stable-", "stability");
    FRAGMENTS.put("sdxl", "stability");
    FRAGMENTS.put("glm", "zhipu");
    FRAGMENTS.put("codegeex", "zhipu");
    FRAGMENTS.put("cogvlm", "zhipu");
    FRAGMENTS.put("hunyuan", "tencent");
    FRAGMENTS.put("functional-source", "fair-source");
    FRAGMENTS.put("fair-core", "fair-source");
    FRAGMENTS.put("fair-source", "fair-source");
    FRAGMENTS.put("ecl-", "apache");
  }

  private LicenseFamilies() {}

  /**
   * The family of a license path such as {@code spdx/text/CC-BY-NC-3.0.txt} or
   * {@code ai/nvidia-open-model-license-2025-04-28.txt}: a known fragment's family, else the
   * name's first word ("cc", "bsd", "nvidia", "cohere").
   */
  public static String of(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot > 0 && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html"))) {
      name = name.substring(0, dot);
    }
    for (Map.Entry<String, String> e : FRAGMENTS.entrySet()) {
      if (name.contains(e.getKey())) {
        return e.getValue();
      }
    }
    if (name.startsWith("cc0") || name.startsWith("cc-")) {
      return "cc";
    }
    int cut = 0;
    while (cut < name.length() && Character.isLetter(name.charAt(cut))) {
      cut++;
    }
    return cut == 0 ? name : name.substring(0, cut);
  }
}
