package dev.licx.classification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the clause classifier with OpenNLP's document categorizer. The parameters come from a
 * params file in OpenNLP's format, plus {@code licx.features} naming the feature generators (see
 * {@link FeatureSet}); the model records both, so it carries its training parameters.
 */
public final class ClauseClassifierTrainer {

  /** The params key naming the feature generators. */
  public static final String FEATURES = "licx.features";

  public static final String DEFAULT_FEATURES = "bow,bigram,cue,number,shape,section";

  private ClauseClassifierTrainer() {}

  public static TrainingParameters loadParams(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new TrainingParameters(in);
    }
  }

  public static DocumentSample sample(LabeledClause clause) {
    return new DocumentSample(
        clause.type().id(),
        ClauseClassifier.tokenize(clause.text()),
        ClauseClassifier.context(clause.section(), clause.kind(), clause.previous()));
  }

  /** Trains a model on {@code data}; the same data and parameters give the same model. */
  public static DoccatModel train(List<LabeledClause> data, TrainingParameters params) {
    String features = params.getStringParameter(FEATURES, DEFAULT_FEATURES);
    TrainingParameters opennlp = new TrainingParameters();
    for (Map.Entry<String, Object> e : new TreeMap<>(params.getObjectSettings()).entrySet()) {
      if (!e.getKey().startsWith("licx.")) {
        opennlp.put(e.getKey(), String.valueOf(e.getValue()));
      }
    }
    try {
      DoccatFactory factory = new DoccatFactory(FeatureSet.generators(features));
      List<DocumentSample> samples = data.stream().map(ClauseClassifierTrainer::sample).toList();
      return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), opennlp, factory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prefix of the manifest entries that record the training parameters inside the model. */
  public static final String PARAM_PREFIX = "licx.training.";

  /**
   * The model's bytes with its training parameters recorded in its manifest (OpenNLP records only
   * the trainer type) and with what varies between identical trainings removed: OpenNLP stamps
   * the training time into the manifest, and zip entries carry file times.
   */
  public static byte[] reproducibleBytes(DoccatModel model, TrainingParameters params) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          content = stableManifest(content, params);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(0L);
        zip.putNextEntry(copy);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] stableManifest(byte[] content, TrainingParameters params) throws IOException {
    java.util.Properties manifest = new java.util.Properties();
    manifest.load(new ByteArrayInputStream(content));
    manifest.setProperty("Timestamp", "0");
    settings(params).forEach((k, v) -> manifest.setProperty(PARAM_PREFIX + k, v));
    // Properties.store writes a date comment and hash order; sorted lines without comments are stable.
    java.io.StringWriter w = new java.io.StringWriter();
    manifest.store(w, null);
    StringBuilder b = new StringBuilder();
    w.toString().lines().filter(l -> !l.startsWith("#")).sorted().forEach(l -> b.append(l).append('\n'));
    return b.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Every training setting, sorted: OpenNLP's {@code getObjectSettings()} leaves out keys with a
   * dot in them, such as {@code licx.features}, which is added here.
   */
  public static Map<String, String> settings(TrainingParameters params) {
    Map<String, String> out = new TreeMap<>();
    params.getObjectSettings().forEach((k, v) -> out.put(k, String.valueOf(v)));
    out.put(FEATURES, params.getStringParameter(FEATURES, DEFAULT_FEATURES));
    return out;
  }

  /** The training parameters a model trained by licx carries. */
  public static Map<String, String> parameters(DoccatModel model) throws IOException {
    Map<String, String> out = new TreeMap<>();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.getName().equals("manifest.properties")) {
          java.util.Properties p = new java.util.Properties();
          p.load(new ByteArrayInputStream(in.readAllBytes()));
          p.stringPropertyNames().stream().filter(k -> k.startsWith(PARAM_PREFIX))
              .forEach(k -> out.put(k.substring(PARAM_PREFIX.length()), p.getProperty(k)));
        }
      }
    }
    return out;
  }
}
