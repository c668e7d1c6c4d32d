package dev.licx.cli;

import dev.licx.extraction.ExtractionLimits;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The bounds applied to each input document; shared by every command that reads documents. */
public final class LimitOptions {

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
  ExtractionLimits limits(CommandSpec spec) {
    if (maxFileSizeMb <= 0 || maxChars <= 0 || timeoutSeconds <= 0) {
      throw new ParameterException(spec.commandLine(),
          "--max-file-size, --max-chars and --timeout must be positive");
    }
    return new ExtractionLimits(
        (long) (maxFileSizeMb * 1024 * 1024), maxChars, Duration.ofMillis((long) (timeoutSeconds * 1000)));
  }
}
