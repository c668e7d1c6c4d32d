package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.Test;

class FeatureSetTest {

  private static List<Class<?>> classes(FeatureGenerator[] generators) {
    return Arrays.stream(generators).<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void eachIdNamesItsGenerator() {
    Map<FeatureSet, Class<?>> expected = Map.of(
        FeatureSet.BOW, BagOfWordsFeatures.class,
        FeatureSet.BIGRAM, BigramFeatures.class,
        FeatureSet.CUE, CueFeatures.class,
        FeatureSet.NUMBER, NumberFeatures.class,
        FeatureSet.SHAPE, ShapeFeatures.class,
        FeatureSet.SECTION, SectionFeatures.class,
        FeatureSet.LAYOUT, LayoutFeatures.class,
        FeatureSet.STEM, StemFeatures.class,
        FeatureSet.CONTEXT, ContextFeatures.class,
        FeatureSet.MODAL, ModalVerbFeatures.class);
    assertEquals(expected.keySet(), java.util.Set.of(FeatureSet.values()));
    for (FeatureSet f : FeatureSet.values()) {
      assertEquals(f.name().toLowerCase(java.util.Locale.ROOT), f.id());
      assertEquals(List.of(expected.get(f)), classes(FeatureSet.generators(f.id())));
    }
  }

  @Test
  void generatorsKeepTheOrderGivenAndTolerateSpacesAndCase() {
    assertEquals(List.of(CueFeatures.class, BagOfWordsFeatures.class, ShapeFeatures.class),
        classes(FeatureSet.generators(" cue , BOW,,Shape ")));
  }

  @Test
  void eachCallGivesFreshGenerators() {
    assertNotSame(FeatureSet.generators("stem")[0], FeatureSet.generators("stem")[0]);
  }

  @Test
  void rejectsUnknownAndEmptyLists() {
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.generators("bow,trigram"));
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.generators(""));
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.generators(" , "));
  }

  @Test
  void theDefaultAndTheShippedFeatureListsResolve() throws Exception {
    assertEquals(6, FeatureSet.generators(ClauseClassifierTrainer.DEFAULT_FEATURES).length);
    java.nio.file.Path params = java.nio.file.Path.of("models", "clause-classifier.params");
    if (java.nio.file.Files.isRegularFile(params)) {
      String features = ClauseClassifierTrainer.loadParams(params)
          .getStringParameter(ClauseClassifierTrainer.FEATURES, ClauseClassifierTrainer.DEFAULT_FEATURES);
      assertTrue(FeatureSet.generators(features).length > 0);
    }
  }

  @Test
  void everyGeneratorCanBeCreatedByOpenNlpFromItsClassName() throws Exception {
    // A saved model names its generators by class; OpenNLP loads them only from the allowed package
    // and needs a public no-argument constructor.
    for (FeatureSet f : FeatureSet.values()) {
      Class<?> c = FeatureSet.generators(f.id())[0].getClass();
      assertEquals("dev.licx.classification.features", c.getPackageName());
      assertTrue(Modifier.isPublic(c.getModifiers()), c.getName());
      assertTrue(Modifier.isPublic(c.getConstructor().getModifiers()), c.getName());
    }
  }
}
