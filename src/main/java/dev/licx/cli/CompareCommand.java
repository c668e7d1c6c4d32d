package dev.licx.cli;

import dev.licx.Licx;
import dev.licx.assessment.Comparison;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.SpdxLicenseList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licx compare}: what changed between two licenses, clause type by clause type. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two licenses by clause type: the types only one has, and for shared types the clauses only one "
          + "has and the pairs that changed, aligned by similarity.",
      "A and B are files or spdx:ID. --format markdown gives a report to paste into a ticket."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error.",
      "2:Usage error.",
      "3:A or B could not be read.",
    })
final class CompareCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "A", description = "The first license: a file or spdx:ID.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second license: a file or spdx:ID.")
  String b;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, json, markdown (default: ${DEFAULT-VALUE}).")
  OutputOptions.Format format;

  @Mixin LimitOptions limits;
  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (format == OutputOptions.Format.csv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "compare writes text, json or markdown");
    }
    Licx licx = Licx.create(limits.limits(spec), model.load());
    ClassifiedDocument left;
    ClassifiedDocument right;
    try {
      left = read(licx, a);
      right = read(licx, b);
    } catch (ExtractionException e) {
      spec.commandLine().getErr().println("licx: " + e.source() + ": " + e.getMessage());
      if (Batch.root(spec).debug) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return ExitCode.SOME_INPUTS_FAILED;
    }
    AssessmentRenderers.compare(format, Comparison.of(left, right), spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private static ClassifiedDocument read(Licx licx, String ref) throws ExtractionException {
    if (ref.startsWith("spdx:")) {
      return licx.extract(SpdxLicenseList.extract(ref.substring("spdx:".length())));
    }
    return licx.extract(Path.of(ref));
  }
}
