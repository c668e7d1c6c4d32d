package dev.licx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options and the list of subcommands. */
@Command(
    name = "licx",
    mixinStandardHelpOptions = true,
    versionProvider = LicxCommand.Version.class,
    description = {
      "Reads license documents and tells what their clauses say.",
      "Run 'licx COMMAND --help' for a command's options."
    },
    subcommands = {ExtractCommand.class, SegmentCommand.class, ClassifyCommand.class, TypesCommand.class,
      IndexCommand.class, SearchCommand.class, CheckCommand.class,
      CompareCommand.class,
      TrainCommand.class, LearningCurveCommand.class, EvaluateCommand.class, CorpusCommand.class, EvaluateSegmentsCommand.class, EvaluateSearchCommand.class, EvaluateCheckCommand.class,
      BenchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error (a bug; rerun with --debug and report it).",
      "2:Usage error: unknown option, bad value, missing argument.",
      "3:Some inputs could not be read (each is named on stderr); the rest were processed.",
      "4:FAIL: a measured score is below its target (evaluate-segments, evaluate-search, evaluate-check; train "
          + "and evaluate with --check); check --fail-on concern: a license has a concern.",
      "5:The index is locked by another writer, or the directory is not a licx index (index, search).",
    })
public final class LicxCommand implements Runnable {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean debug;

  InputStream stdin = System.in;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line writing to the given streams; tests use it to capture output. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin) {
    LicxCommand root = new LicxCommand();
    root.stdin = stdin;
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    // One line says what is wrong and where help is; the full usage would bury that line.
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine failed = ex.getCommandLine();
          PrintWriter e = failed.getErr();
          e.println("licx: " + ex.getMessage());
          e.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
          e.flush();
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (root.debug) {
            ex.printStackTrace(e);
          }
          if (ex instanceof ModelOption.UnusableModelException) {
            e.println("licx: " + ex.getMessage());
            e.flush();
            return ExitCode.USAGE;
          }
          e.println("licx: internal error: " + ex + (root.debug ? "" : " (rerun with --debug for details)"));
          e.flush();
          return ExitCode.INTERNAL_ERROR;
        });
    return cl;
  }

  /** Version of licx and the libraries whose behaviour shapes its output. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = LicxCommand.class.getResourceAsStream("/dev/licx/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "licx " + p.getProperty("version", "unknown"),
        "Apache Tika " + p.getProperty("tika", "?") + ", Apache OpenNLP " + p.getProperty("opennlp", "?")
            + ", Apache Lucene " + p.getProperty("lucene", "?") + ", Java " + System.getProperty("java.version")
      };
    }
  }
}
