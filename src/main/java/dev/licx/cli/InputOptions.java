package dev.licx.cli;

import dev.licx.extraction.ExtractionLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input files and the bounds applied to each; shared by every command that reads documents. */
public final class InputOptions {

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Documents or directories (searched recursively); '-' reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--spdx",
      paramLabel = "ID",
      description = "Also read the license with this SPDX id from the bundled SPDX License List "
          + "(repeatable; no file needed).")
  List<String> spdx = new ArrayList<>();

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      description = "Largest input in megabytes (default: ${DEFAULT-VALUE}).",
      defaultValue = "32")
  double maxFileSizeMb;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Most characters of text per document (default: ${DEFAULT-VALUE}).",
      defaultValue = "4000000")
  int maxChars;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Longest parse time per document (default: ${DEFAULT-VALUE}).",
      defaultValue = "60")
  double timeoutSeconds;

  /** The limits the options ask for; a bad value is a usage error of {@code spec}'s command. */
  ExtractionLimits limits(picocli.CommandLine.Model.CommandSpec spec) {
    if (maxFileSizeMb <= 0 || maxChars <= 0 || timeoutSeconds <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-file-size, --max-chars and --timeout must be positive");
    }
    return new ExtractionLimits(
        (long) (maxFileSizeMb * 1024 * 1024), maxChars, Duration.ofMillis((long) (timeoutSeconds * 1000)));
  }


  /** Everything to read: the FILE arguments expanded, then the --spdx ids. */
  List<Inputs.Input> inputs() {
    List<Inputs.Input> out = new ArrayList<>(Inputs.expand(files));
    spdx.forEach(id -> out.add(Inputs.Input.spdx(id)));
    return out;
  }

  boolean isEmpty() {
    return files.isEmpty() && spdx.isEmpty();
  }
}
