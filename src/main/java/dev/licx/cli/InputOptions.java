package dev.licx.cli;

import dev.licx.extraction.ExtractionLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
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

  @Mixin LimitOptions limitOptions;

  /** The limits the options ask for; a bad value is a usage error of {@code spec}'s command. */
  ExtractionLimits limits(picocli.CommandLine.Model.CommandSpec spec) {
    return limitOptions.limits(spec);
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
