package dev.licx.cli;

import dev.licx.cli.Inputs.Input;
import dev.licx.extraction.ExtractionException;
import dev.licx.internal.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one command over many inputs: a bad input is reported on stderr in one line and counted,
 * and the rest are processed. Output goes to stdout or, with {@code -o}, to a file that is
 * replaced only when the run completes, so an interrupted run never leaves a half-written result.
 */
final class Batch<T> {

  /** The work done for one input. */
  interface Processor<T> {
    T process(Input input, InputStream stdin) throws ExtractionException;
  }

  private final CommandSpec spec;
  private final LicxCommand root;
  private final OutputOptions output;

  Batch(CommandSpec spec, OutputOptions output) {
    this.spec = spec;
    this.root = root(spec);
    this.output = output;
  }

  static LicxCommand root(CommandSpec spec) {
    CommandSpec s = spec;
    while (s.parent() != null) {
      s = s.parent();
    }
    return (LicxCommand) s.userObject();
  }

  int run(InputOptions in, Processor<T> processor, Renderer<T> renderer, Function<T, List<String>> warnings) {
    if (in.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing input: give a FILE, a directory, '-' or --spdx ID");
    }
    List<Input> inputs;
    try {
      inputs = in.inputs();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Path temp = null;
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (output.output != null) {
        Path target = output.output.toAbsolutePath();
        if (Files.isDirectory(target)) {
          throw new IOException("is a directory");
        }
        if (!Files.isDirectory(target.getParent())) {
          throw new IOException("no such directory: " + target.getParent());
        }
        temp = AtomicFiles.tempBeside(target);
        out = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      err.println("licx: " + output.output + ": cannot write: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Progress progress =
        new Progress(err, inputs.size(), !output.noProgress && Progress.interactive());
    int failed = 0;
    int internal = 0;
    try {
      renderer.inputs(inputs.size());
      renderer.begin(out);
      int done = 0;
      for (Input input : inputs) {
        progress.update(done, input.name());
        try {
          T result = processor.process(input, root.stdin);
          for (String w : warnings.apply(result)) {
            progress.finish();
            err.println("licx: " + input.name() + ": warning: " + w);
          }
          renderer.document(result, out);
        } catch (ExtractionException e) {
          failed++;
          progress.finish();
          err.println("licx: " + input.name() + ": " + e.getMessage());
          if (root.debug) {
            e.printStackTrace(err);
          }
        } catch (RuntimeException | StackOverflowError e) {
          failed++;
          internal++;
          progress.finish();
          err.println("licx: " + input.name() + ": internal error: " + e
              + (root.debug ? "" : " (rerun with --debug for details)"));
          if (root.debug) {
            e.printStackTrace(err);
          }
        }
        done++;
      }
      progress.update(done, "");
      progress.finish();
      renderer.end(out);
      out.flush();
      if (temp != null) {
        out.close();
        AtomicFiles.replace(temp, output.output);
        temp = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is only litter; the run's exit code already says what failed
        }
      }
    }
    if (inputs.size() > 1 || failed > 0) {
      err.println("licx: " + (inputs.size() - failed) + " of " + inputs.size()
          + (inputs.size() == 1 ? " document" : " documents") + " processed, " + failed + " failed");
    }
    err.flush();
    if (internal > 0) {
      return ExitCode.INTERNAL_ERROR;
    }
    return failed > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }
}
