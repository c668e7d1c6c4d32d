package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs licx in-process with captured streams; shared by the CLI tests. */
final class Cli {

  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");
  private static final Pattern EXIT_CODE_ROW = Pattern.compile("(?m)^\\s{2}(\\d+)\\s{2,}\\S");

  private Cli() {}

  /** Exit code and everything written to stdout and stderr. */
  record Result(int code, String out, String err) {

    /** Non-empty lines of stderr. */
    List<String> errLines() {
      return lines(err);
    }

    /** Non-empty lines of stdout. */
    List<String> outLines() {
      return lines(out);
    }

    boolean stackTrace() {
      return STACK_FRAME.matcher(err).find();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
  }

  static Result run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static Result run(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  static Result run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    Result r = run(out, stdin, args);
    return new Result(r.code(), out.toString(), r.err());
  }

  /** Runs with stdout going to {@code out}, which tests use to make writing fail. */
  static Result run(Writer out, InputStream stdin, String... args) {
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = LicxCommand.commandLine(o, e, stdin).execute(args);
    o.flush();
    e.flush();
    return new Result(code, "", err.toString());
  }

  /** A stdout whose every write fails, like a closed pipe. */
  static Writer failingWriter() {
    return new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        throw new UncheckedIOException(new IOException("simulated write failure"));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** Copies a fixture from the test class path (/fixtures/NAME) into {@code dir}. */
  static Path fixture(String name, Path dir) throws IOException {
    try (InputStream in = Cli.class.getResourceAsStream("/fixtures/" + name)) {
      assertNotNull(in, "fixture on the class path: " + name);
      Path target = dir.resolve(name);
      Files.createDirectories(dir);
      Files.copy(in, target);
      return target;
    }
  }

  static byte[] fixtureBytes(String name) throws IOException {
    try (InputStream in = Cli.class.getResourceAsStream("/fixtures/" + name)) {
      assertNotNull(in, "fixture on the class path: " + name);
      return in.readAllBytes();
    }
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** White space collapsed to single spaces, ends trimmed. */
  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The codes in the "Exit codes:" table of a help text. */
  static Set<Integer> documentedExitCodes(String help) {
    int at = help.indexOf("Exit codes:");
    if (at < 0) {
      throw new AssertionError("no 'Exit codes:' section in:\n" + help);
    }
    Set<Integer> codes = new TreeSet<>();
    Matcher m = EXIT_CODE_ROW.matcher(help.substring(at));
    while (m.find()) {
      codes.add(Integer.parseInt(m.group(1)));
    }
    return codes;
  }

  private static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    for (String l : s.split("\\R")) {
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }
}
