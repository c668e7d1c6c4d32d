package dev.licx.cli;

import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.BoundaryScores;
import dev.licx.segmentation.SegmentationEvaluator;
import dev.licx.segmentation.SegmentationEvaluator.DocumentScore;
import dev.licx.segmentation.SegmentationEvaluator.Report;
import dev.licx.segmentation.Segmenter;
import dev.licx.segmentation.SentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code licx evaluate-segments}: boundary precision and recall against the gold segmentations. */
@Command(
    name = "evaluate-segments",
    mixinStandardHelpOptions = true,
    description =
        "Measure segmentation against hand-annotated gold boundaries (corpus/segmentation/gold) and"
            + " say OK or FAIL against the targets. Recomputes the figures in docs/segmentation-quality.md.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:OK: every target met.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some gold documents could not be read or no longer match their checksum.",
      "4:FAIL: a score is below its target.",
    })
final class EvaluateSegmentsCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "DIR", defaultValue = "corpus/segmentation/gold",
      description = "Directory of gold *.tsv files (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--texts", paramLabel = "DIR", defaultValue = "../shared/licenses",
      description = "Directory the gold files' sources are relative to (default: ${DEFAULT-VALUE}).")
  Path texts;

  @Option(names = "--min-precision", defaultValue = "0.95", paramLabel = "P",
      description = "Target boundary precision (default: ${DEFAULT-VALUE}).")
  double minPrecision;

  @Option(names = "--min-recall", defaultValue = "0.95", paramLabel = "R",
      description = "Target boundary recall (default: ${DEFAULT-VALUE}).")
  double minRecall;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--formats", description = "Instead, compare the text and HTML versions of every SPDX license "
      + "under --texts (held-out ones left out): the share of identical segment texts.")
  boolean formats;

  @Option(names = "--holdout", paramLabel = "FILE", defaultValue = "../shared/docs/holdout.txt",
      description = "Files reserved for evaluation, left out of --formats (default: ${DEFAULT-VALUE}).")
  Path holdout;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(gold)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no gold directory: " + gold);
    }
    if (!Files.isDirectory(texts)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no license texts directory: " + texts);
    }
    if (formats) {
      try {
        return formats();
      } catch (IOException e) {
        spec.commandLine().getErr().println("licx: " + texts + ": " + e.getMessage());
        return ExitCode.SOME_INPUTS_FAILED;
      }
    }
    boolean md = format.equals("markdown");
    if (!md && !format.equals("text")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or markdown");
    }
    SegmentationEvaluator evaluator = new SegmentationEvaluator(new TextExtractor());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Report licx;
    Report baseline;
    try {
      licx = evaluator.evaluate(gold, texts, SegmentationEvaluator.licx(new Segmenter()));
      baseline = evaluator.evaluate(gold, texts,
          SegmentationEvaluator.sentenceDetectorOnly(SentenceSplitter.loadDefaultModel()));
    } catch (IOException e) {
      // a gold file that cannot be read or parsed is bad data, not a bug in licx
      err.println("licx: " + e.getMessage());
      err.flush();
      return ExitCode.SOME_INPUTS_FAILED;
    }
    int unreadable = 0;
    if (md) {
      out.println("| Document | Gold segments | licx segments | Precision | Recall | OpenNLP alone P | OpenNLP alone R |");
      out.println("|---|---:|---:|---:|---:|---:|---:|");
    } else {
      out.printf(Locale.ROOT, "%-55s %5s %5s %9s %7s   %s%n", "document", "gold", "licx", "precision", "recall", "(OpenNLP alone P/R)");
    }
    for (int i = 0; i < licx.documents().size(); i++) {
      DocumentScore d = licx.documents().get(i);
      DocumentScore b = baseline.documents().get(i);
      if (d.error() != null) {
        unreadable++;
        err.println("licx: " + d.source() + ": " + d.error());
        continue;
      }
      BoundaryScores s = d.scores();
      if (md) {
        out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", d.source(), d.goldSegments(),
            d.predictedSegments(), s.precision(), s.recall(), b.scores().precision(), b.scores().recall());
      } else {
        out.printf(Locale.ROOT, "%-55s %5d %5d %9.3f %7.3f   (%.3f/%.3f)%n", d.source(), d.goldSegments(),
            d.predictedSegments(), s.precision(), s.recall(), b.scores().precision(), b.scores().recall());
      }
    }
    BoundaryScores t = licx.total();
    BoundaryScores bt = baseline.total();
    int docs = licx.documents().size() - unreadable;
    if (md) {
      out.printf(Locale.ROOT, "| **All %d documents** (boundaries: %d gold, %d licx) | | | **%.3f** | **%.3f** | %.3f | %.3f |%n",
          docs, t.gold(), t.predicted(), t.precision(), t.recall(), bt.precision(), bt.recall());
    } else {
      out.printf(Locale.ROOT, "%-55s %5d %5d %9.3f %7.3f   (%.3f/%.3f)%n", "ALL (" + docs + " documents, boundary counts)",
          t.gold(), t.predicted(), t.precision(), t.recall(), bt.precision(), bt.recall());
    }
    boolean ok = t.precision() >= minPrecision && t.recall() >= minRecall && docs > 0;
    out.printf(Locale.ROOT, "%n%s: boundary precision %.3f (target %.2f), recall %.3f (target %.2f) over %d documents%n",
        ok ? "OK" : "FAIL", t.precision(), minPrecision, t.recall(), minRecall, docs);
    out.flush();
    if (docs == 0) {
      return ExitCode.SOME_INPUTS_FAILED; // nothing was measured, so nothing fell short of a target
    }
    if (!ok) {
      return ExitCode.BELOW_TARGET;
    }
    return unreadable > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }

  private int formats() throws IOException {
    java.util.Set<String> exclude = dev.licx.internal.HoldoutList.read(holdout);
    dev.licx.segmentation.FormatParity.Report r = dev.licx.segmentation.FormatParity.compare(
        texts.resolve("spdx"), exclude, new TextExtractor(), new Segmenter());
    PrintWriter out = spec.commandLine().getOut();
    long exact = r.pairs().stream().filter(p -> p.identical() == p.segments()).count();
    out.printf(Locale.ROOT, "%d SPDX licenses with text and HTML versions (%d held out left out)%n",
        r.pairs().size(), exclude.size());
    out.printf(Locale.ROOT, "identical segment texts: %d of %d (%.1f%%); licenses with all segments identical: %d%n",
        r.identical(), r.segments(), 100 * r.share(), exact);
    boolean ok = r.share() >= 0.95;
    out.println(ok ? "OK: at least 95% identical" : "FAIL: below 95% identical");
    out.flush();
    return ok ? ExitCode.OK : ExitCode.BELOW_TARGET;
  }
}
