package dev.licx.cli;

import dev.licx.assessment.Assessment;
import dev.licx.assessment.Assessor;
import dev.licx.assessment.ClosestLicense;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.ClauseClassifier;
import dev.licx.classification.DocumentClassifier;
import dev.licx.extraction.TextExtractor;
import dev.licx.index.ClauseSearcher;
import dev.licx.index.IndexException;
import dev.licx.index.IndexLocation;
import dev.licx.segmentation.Segmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licx check}: a license against the Open Source Definition, with the clauses as evidence. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Assess licenses against the ten Open Source Definition criteria: each is ok or a concern, and every "
          + "concern quotes the clauses that raise it. Also names the closest license of the SPDX list and "
          + "the clauses that differ from it, and summarizes permissions, conditions, restrictions and liability.",
      "A concern is evidence for a reader, not a legal verdict."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success (also when there are concerns, unless --fail-on concern).",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some inputs could not be read; the rest were checked.",
      "4:--fail-on concern: at least one license has a concern.",
      "5:The index for the closest license is locked or not a licx index.",
    })
final class CheckCommand implements Callable<Integer> {

  /** When the exit code reports concerns. */
  enum FailOn {
    never,
    concern
  }

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin ModelOption model;

  @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "never",
      description = "Exit 4 when a license has a concern, for CI gates: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index to find the closest license in (default: the per-user index, built from the SPDX list "
          + "when absent).")
  Path index;

  @Option(names = "--no-closest", description = "Do not look for the closest known license (no index needed).")
  boolean noClosest;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (output.format == OutputOptions.Format.csv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "check writes text, json, jsonl or markdown");
    }
    ModelOption.Loaded loaded = model.loadWithFingerprint();
    TextExtractor extractor = new TextExtractor(input.limits(spec));
    Segmenter segmenter = new Segmenter();
    DocumentClassifier classifier = new DocumentClassifier(new ClauseClassifier(loaded.model()));
    Assessor assessor = new Assessor();
    PrintWriter err = spec.commandLine().getErr();
    boolean debug = Batch.root(spec).debug;
    ClauseSearcher searcher = null;
    boolean[] concern = {false};
    try {
      if (!noClosest && !input.isEmpty()) {
        Path dir = index != null ? index : IndexLocation.defaultIndex();
        IndexRun.ensureIndex(dir, loaded, input.limits(spec), debug, err);
        searcher = ClauseSearcher.open(dir, loaded.model());
      }
      ClauseSearcher closest = searcher;
      int code = new Batch<Assessment>(spec, output).run(input, (in, stdin) -> {
        ClassifiedDocument doc = classifier.classify(segmenter.segment(in.read(extractor, stdin)));
        Assessment a = assessor.assess(doc);
        if (closest != null) {
          try {
            a = a.withClosest(ClosestLicense.find(doc, closest));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        concern[0] |= a.hasConcern();
        return a;
      }, AssessmentRenderers.check(output.format), Assessment::warnings);
      if (code == ExitCode.OK && failOn == FailOn.concern && concern[0]) {
        return ExitCode.BELOW_TARGET;
      }
      return code;
    } catch (IndexException e) {
      return IndexRun.unavailable(e, err, debug);
    } finally {
      if (searcher != null) {
        searcher.close();
      }
    }
  }
}
