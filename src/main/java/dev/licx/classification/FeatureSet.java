package dev.licx.classification;

import dev.licx.classification.features.BagOfWordsFeatures;
import dev.licx.classification.features.BigramFeatures;
import dev.licx.classification.features.ContextFeatures;
import dev.licx.classification.features.CueFeatures;
import dev.licx.classification.features.LayoutFeatures;
import dev.licx.classification.features.ModalVerbFeatures;
import dev.licx.classification.features.NumberFeatures;
import dev.licx.classification.features.SectionFeatures;
import dev.licx.classification.features.ShapeFeatures;
import dev.licx.classification.features.StemFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import opennlp.tools.doccat.FeatureGenerator;

/** The named feature generators a params file can choose with {@code licx.features}. */
public enum FeatureSet {
  BOW(BagOfWordsFeatures::new),
  BIGRAM(BigramFeatures::new),
  CUE(CueFeatures::new),
  NUMBER(NumberFeatures::new),
  SHAPE(ShapeFeatures::new),
  SECTION(SectionFeatures::new),
  LAYOUT(LayoutFeatures::new),
  STEM(StemFeatures::new),
  CONTEXT(ContextFeatures::new),
  MODAL(ModalVerbFeatures::new);

  private final Supplier<FeatureGenerator> factory;

  FeatureSet(Supplier<FeatureGenerator> factory) {
    this.factory = factory;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Generators for a comma-separated list of ids such as {@code bow,bigram,cue}. */
  public static FeatureGenerator[] generators(String ids) {
    List<FeatureGenerator> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      String s = id.strip();
      if (!s.isEmpty()) {
        out.add(valueOf(s.toUpperCase(Locale.ROOT)).factory.get());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no features named in '" + ids + "'");
    }
    return out.toArray(new FeatureGenerator[0]);
  }
}
