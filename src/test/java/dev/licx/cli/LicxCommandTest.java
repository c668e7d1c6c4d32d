package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicxCommandTest {

  /** Every subcommand, in the order {@code licx --help} lists them. */
  private static final List<String> SUBCOMMANDS = List.of("extract", "segment", "classify", "types", "index",
      "search", "check", "compare", "train", "learning-curve", "evaluate", "corpus", "evaluate-segments", "evaluate-search",
      "evaluate-check", "bench");

  @TempDir Path dir;

  @Test
  void helpListsTheSubcommandsWithCompleteSummaries() {
    Result r = Cli.run("--help");

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Usage: licx "), r.out());
    String commands = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit codes:"));
    for (String name : SUBCOMMANDS) {
      Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(name) + "\\s+(\\S[^\\n]*(?:\\n {10,}\\S[^\\n]*)*)")
          .matcher(commands);
      assertTrue(m.find(), name + " is listed in:\n" + commands);
      String summary = m.group(1).replaceAll("\\s+", " ");
      assertTrue(summary.endsWith("."), "the summary of " + name + " is a whole sentence: " + summary);
    }
  }

  @Test
  void helpListsExactlyTheSubcommandsInOrder() {
    String out = Cli.run("--help").out();
    String commands = out.substring(out.indexOf("Commands:"), out.indexOf("Exit codes:"));

    List<String> listed = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^  ([a-z-]+)  ").matcher(commands);
    while (m.find()) {
      listed.add(m.group(1));
    }
    assertEquals(SUBCOMMANDS, listed);
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Result r = Cli.run("--help");

    assertEquals(0, r.code(), r::toString);
    assertEquals(Set.of(0, 1, 2, 3, 4, 5), Cli.documentedExitCodes(r.out()));
    assertTrue(r.out().matches("(?s).*\\n  0 +Success\\..*"), r.out());
    assertTrue(r.out().matches("(?s).*\\n  2 +Usage error.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\n  3 +Some inputs could not be read.*"), r.out());
  }

  @Test
  void everySubcommandsExitCodesAreInTheMainTable() {
    Set<Integer> main = Cli.documentedExitCodes(Cli.run("--help").out());
    for (String command : List.of("extract", "segment", "classify", "train", "learning-curve", "evaluate", "corpus stats",
        "evaluate-segments", "index", "search", "evaluate-search", "check", "compare", "evaluate-check", "types",
        "bench", "bench search")) {
      Result help = Cli.run(Stream.concat(Stream.of(command.split(" ")), Stream.of("--help")).toArray(String[]::new));
      assertEquals(0, help.code(), help::toString);
      Set<Integer> codes = Cli.documentedExitCodes(help.out());
      assertTrue(codes.containsAll(Set.of(0, 1, 2)), command + ": " + codes);
      assertTrue(main.containsAll(codes), command + " documents " + codes + ", licx --help only " + main);
    }
  }

  @Test
  void withoutACommandItPrintsTheUsage() {
    Result r = Cli.run();

    assertEquals(0, r.code(), r::toString);
    assertEquals(Cli.run("--help").out(), r.out());
  }

  @Test
  void versionPrintsLicxAndTheBuildVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = LicxCommand.class.getResourceAsStream("/dev/licx/version.properties")) {
      assertNotNull(in, "version.properties is built into the class path");
      p.load(in);
    }
    String version = p.getProperty("version");
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), "the filtered project version: " + version);

    for (String option : List.of("--version", "-V")) {
      Result r = Cli.run(option);

      assertEquals(0, r.code(), r::toString);
      assertEquals("", r.err());
      List<String> lines = r.outLines();
      assertEquals("licx " + version, lines.get(0));
      assertTrue(lines.get(1).contains("Apache Tika " + p.getProperty("tika")), lines.get(1));
    }
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutStackTrace() {
    Result r = Cli.run("--frobnicate");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals("licx: Unknown option: '--frobnicate'", r.errLines().get(0));
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void aUsageErrorPointsToTheCommandsHelpInsteadOfPrintingIt() {
    Result r = Cli.run("segment", "--format", "xml", "x.txt");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(List.of("licx: Invalid value for option '--format': expected one of [text, json, jsonl, csv, "
        + "markdown] (case-sensitive) but was 'xml'", "Try 'licx segment --help' for more information."),
        r.errLines());
  }

  @Test
  void anUnknownOptionOfASubcommandIsAUsageError() throws IOException {
    Path file = Cli.fixture("orchard-license.txt", dir);

    Result r = Cli.run("segment", "--frobnicate", file.toString());

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals("licx: Unknown option: '--frobnicate'", r.errLines().get(0));
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Result r = Cli.run("segmnet", "license.txt");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.errLines().get(0).contains("'segmnet'"), r::toString);
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void anUnexpectedExceptionIsAnInternalErrorInOneLine() throws IOException {
    Path file = Cli.fixture("orchard-license.txt", dir);

    Result r = Cli.run(Cli.failingWriter(), InputStream.nullInputStream(), "segment", "-f", "csv", file.toString());

    assertEquals(ExitCode.INTERNAL_ERROR, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("licx: internal error: java.io.UncheckedIOException: "), line);
    assertTrue(line.contains("simulated write failure") && line.endsWith(" (rerun with --debug for details)"), line);
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void anUnexpectedExceptionShowsItsStackTraceWithDebug() throws IOException {
    Path file = Cli.fixture("orchard-license.txt", dir);

    Result r = Cli.run(Cli.failingWriter(), InputStream.nullInputStream(),
        "--debug", "segment", "-f", "csv", file.toString());

    assertEquals(ExitCode.INTERNAL_ERROR, r.code(), r::toString);
    assertTrue(r.stackTrace(), r::toString);
    assertTrue(r.err().contains("at dev.licx.cli."), r::toString);
    List<String> lines = r.errLines();
    assertTrue(lines.get(lines.size() - 1).startsWith("licx: internal error: java.io.UncheckedIOException: "),
        r::toString);
    assertFalse(r.err().contains("rerun with --debug"), r::toString);
  }
}
