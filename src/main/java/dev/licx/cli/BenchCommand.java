package dev.licx.cli;

import dev.licx.classification.ClauseClassifier;
import dev.licx.classification.DocumentClassifier;
import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.segmentation.Segmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code licx bench}: in-process throughput of segmentation and classification on one thread,
 * over the SPDX License List bundled with licx, so every machine measures the same input.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = BenchSearchCommand.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:Success.", "1:Internal error.", "2:Usage error."},
    description = "Measure segmentation and classification throughput on one thread over the bundled "
        + "SPDX License List (warm, after a warm-up); the figures go in docs/benchmarks.md.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--seconds", defaultValue = "5", paramLabel = "S",
      description = "Measuring time per benchmark, after an equal warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--licenses", defaultValue = "200", paramLabel = "N",
      description = "How many SPDX licenses (in list order) to use (default: ${DEFAULT-VALUE}).")
  int licenses;

  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (seconds <= 0 || licenses <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--seconds and --licenses must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ExtractedText> texts = new ArrayList<>();
    for (String id : SpdxLicenseList.currentIds()) {
      if (texts.size() >= licenses) {
        break;
      }
      SpdxLicenseList.text(id).ifPresent(t -> texts.add(new ExtractedText("spdx:" + id, "text/plain", t)));
    }
    long bytes = texts.stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum();
    Segmenter segmenter = new Segmenter();
    List<SegmentedDocument> docs = new ArrayList<>();
    texts.forEach(t -> docs.add(segmenter.segment(t)));
    List<Segment> segments = docs.stream().flatMap(d -> d.segments().stream()).toList();
    out.printf(Locale.ROOT, "input: %d SPDX licenses, %.1f MB, %d segments; Java %s, %d cores%n", texts.size(),
        bytes / 1e6, segments.size(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

    double[] seg = measure(() -> texts.forEach(segmenter::segment));
    out.printf(Locale.ROOT, "segment:  %8.0f documents/s  %9.0f segments/s  %6.2f MB/s%n",
        texts.size() * seg[0], segments.size() * seg[0], bytes / 1e6 * seg[0]);

    ClauseClassifier classifier = new ClauseClassifier(model.load());
    double[] cls = measure(() -> {
      for (Segment s : segments) {
        classifier.classify(s.text(), s.section(), s.kind().id(), "");
      }
    });
    out.printf(Locale.ROOT, "classify: %8s              %9.0f segments/s%n", "", segments.size() * cls[0]);

    DocumentClassifier documents = new DocumentClassifier(classifier);
    double[] all = measure(() -> texts.forEach(t -> documents.classify(segmenter.segment(t))));
    out.printf(Locale.ROOT, "extract:  %8.0f documents/s  %9.0f segments/s  %6.2f MB/s (segment + classify)%n",
        texts.size() * all[0], segments.size() * all[0], bytes / 1e6 * all[0]);
    out.flush();
    return ExitCode.OK;
  }

  /** Runs {@code work} repeatedly for the warm-up, then measures; returns rounds per second. */
  private double[] measure(Runnable work) {
    long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < warmEnd) {
      work.run();
    }
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int rounds = 0;
    long now;
    do {
      work.run();
      rounds++;
      now = System.nanoTime();
    } while (now < end);
    return new double[] {rounds / ((now - start) / 1e9)};
  }
}
