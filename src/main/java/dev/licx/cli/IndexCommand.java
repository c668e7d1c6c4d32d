package dev.licx.cli;

import dev.licx.index.IndexException;
import dev.licx.index.IndexLocation;
import dev.licx.index.IndexReport;
import dev.licx.index.IndexSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licx index}: extract documents and store their typed clauses in a Lucene index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Extract license documents and store every clause, with its type, in a search index.",
      "Incremental: an unchanged document is skipped, a changed one has its clauses replaced. "
          + "A killed run leaves the last committed index usable."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some documents could not be read (each is named on stderr); the rest were indexed.",
      "5:The index is locked by another writer, or the directory is not a licx index.",
    })
final class IndexCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Documents or directories (searched recursively) to index.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--spdx", description = "Index every license of the bundled SPDX License List (offline).")
  boolean spdx;

  @Option(names = "--spdx-id", paramLabel = "ID", split = ",",
      description = "Index this license of the bundled SPDX License List (repeatable).")
  List<String> spdxIds = new ArrayList<>();

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: a per-user data directory; $LICX_DATA/index when set).")
  Path index;

  @Option(names = "--prune", description = "Remove documents whose files no longer exist.")
  boolean prune;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Documents extracted in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-progress", description = "Never show the progress bar (it shows only on a terminal).")
  boolean noProgress;

  @Mixin LimitOptions limits;
  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty() && !spdx && spdxIds.isEmpty() && !prune) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing input: give a PATH, --spdx, --spdx-id or --prune");
    }
    if (paths.contains("-")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "standard input cannot be indexed: an index entry needs a file it can check for changes");
    }
    if (threads < 1 || threads > 64) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 64");
    }
    List<IndexSource> sources;
    try {
      sources = new ArrayList<>(IndexRun.fileSources(Inputs.expand(paths)));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (spdx) {
      sources.addAll(IndexRun.spdxSources());
    }
    spdxIds.forEach(id -> sources.add(IndexSource.spdx(id.trim())));
    Path dir = index != null ? index : IndexLocation.defaultIndex();
    var err = spec.commandLine().getErr();
    boolean debug = Batch.root(spec).debug;
    IndexReport report;
    try {
      report = IndexRun.run(dir, model.loadWithFingerprint(), limits.limits(spec), threads, sources, prune,
          !noProgress && Progress.interactive(), debug, err);
    } catch (IndexException e) {
      return IndexRun.unavailable(e, err, debug);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(IndexRun.summary(report, dir, System.lineSeparator()));
    out.flush();
    err.flush();
    return report.failed() > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }
}
