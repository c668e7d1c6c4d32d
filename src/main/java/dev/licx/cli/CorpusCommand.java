package dev.licx.cli;

import dev.licx.classification.ClauseCorpus;
import dev.licx.classification.ModelCard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licx corpus}: what the labeled corpus holds. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Report on the labeled corpus.",
    subcommands = {CorpusCommand.Stats.class})
final class CorpusCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code licx corpus stats}. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Count labeled clauses per type and per source (sentences we wrote, annotated license "
          + "documents), after removing duplicates.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:Success.",
        "1:Internal error.",
        "2:Usage error.",
        "3:Some annotation files could not be used (named on stderr).",
      })
  static final class Stats implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
        description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin TextsOption texts;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(corpus)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no corpus directory: " + corpus);
      }
      ClauseCorpus data = texts.load(corpus, spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      out.print(ModelCard.data(data));
      out.flush();
      return data.problems().isEmpty() ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }
  }
}
