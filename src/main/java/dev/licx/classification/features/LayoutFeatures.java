package dev.licx.classification.features;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The segment's layout role from the segmenter: a heading only announces a section ("Limitation of
 * Liability" is not itself a liability clause), a line is a title, copyright or address line.
 * Read from the sample's extra information under {@link #KEY}; absent for lone sentences.
 */
public final class LayoutFeatures implements FeatureGenerator {

  /** The extra-information key carrying the segment kind. */
  public static final String KEY = "kind";

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInfo) {
    Object kind = extraInfo == null ? null : extraInfo.get(KEY);
    return kind instanceof String k && !k.isEmpty() ? List.of("layout=" + k) : List.of();
  }
}
