package dev.licx.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how results are written; shared by every command that prints documents. */
public final class OutputOptions {

  /** The output formats. */
  public enum Format {
    text,
    json,
    jsonl,
    csv,
    markdown
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (replaced only when the run completes).")
  Path output;

  @Option(
      names = "--no-progress",
      description = "Never show the progress bar (it shows only on a terminal, for several files).")
  boolean noProgress;
}
