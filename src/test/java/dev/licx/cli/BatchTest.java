package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run over several inputs treats failures, and how {@code -o} replaces its file. */
class BatchTest {

  @TempDir Path dir;

  /** Standard input that fails with {@code failure} when read. */
  private static InputStream failingStdin(RuntimeException failure) {
    return new InputStream() {
      @Override
      public int read() {
        throw failure;
      }
    };
  }

  private static List<String> sources(Result r) {
    return r.outLines().stream().map(l -> (String) MiniJson.object(MiniJson.parse(l)).get("source")).toList();
  }

  @Test
  void anUnexpectedErrorOnOneInputIsAnInternalErrorAndTheOthersAreStillProcessed() throws IOException {
    Path txt = Cli.fixture("orchard-license.txt", dir);
    Path md = Cli.fixture("orchard-license.md", dir);

    Result r = Cli.run(failingStdin(new IllegalStateException("simulated bug")),
        "segment", "-f", "jsonl", txt.toString(), "-", md.toString());

    assertEquals(ExitCode.INTERNAL_ERROR, r.code(), r::toString);
    assertEquals(List.of(txt.toString(), md.toString()), sources(r));
    assertEquals(List.of(
        "licx: -: internal error: java.lang.IllegalStateException: simulated bug (rerun with --debug for details)",
        "licx: 2 of 3 documents processed, 1 failed"), r.errLines());
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void debugShowsTheStackTraceOfAnInternalError() throws IOException {
    Path txt = Cli.fixture("orchard-license.txt", dir);

    Result r = Cli.run(failingStdin(new IllegalStateException("simulated bug")),
        "segment", "--debug", "-f", "jsonl", "-", txt.toString());

    assertEquals(ExitCode.INTERNAL_ERROR, r.code(), r::toString);
    assertEquals(List.of(txt.toString()), sources(r));
    assertEquals("licx: -: internal error: java.lang.IllegalStateException: simulated bug", r.errLines().get(0));
    assertTrue(r.stackTrace(), r::toString);
    assertEquals("licx: 1 of 2 documents processed, 1 failed", r.errLines().get(r.errLines().size() - 1));
  }

  @Test
  void jsonOutputStaysValidWhenEveryInputFails() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    Result one = Cli.run("segment", "-f", "json", empty.toString());
    Result two = Cli.run("segment", "-f", "json", empty.toString(), dir.resolve("missing.txt").toString());

    for (Result r : List.of(one, two)) {
      assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
      assertEquals(List.of(), MiniJson.parse(r.out()));
    }
    assertEquals("licx: 0 of 2 documents processed, 2 failed", two.errLines().get(2));
  }

  @Test
  void jsonForSeveralInputsIsAnArrayEvenWhenOnlyOneSucceeds() throws IOException {
    Path txt = Cli.fixture("orchard-license.txt", dir);
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    Result r = Cli.run("segment", "-f", "json", empty.toString(), txt.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    List<Object> docs = MiniJson.array(MiniJson.parse(r.out()));
    assertEquals(1, docs.size());
    assertEquals(txt.toString(), MiniJson.object(docs.get(0)).get("source"));
  }

  @Test
  void jsonForADirectoryHoldingOneFileIsAnObject() throws IOException {
    Path txt = Cli.fixture("orchard-license.txt", dir.resolve("one"));

    Result r = Cli.run("segment", "-f", "json", txt.getParent().toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals(txt.toString(), MiniJson.object(MiniJson.parse(r.out())).get("source"));
  }

  @Test
  void outputFileHoldsTheDocumentsThatSucceeded() throws IOException {
    Path txt = Cli.fixture("orchard-license.txt", dir);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path out = dir.resolve("segments.jsonl");

    Result r = Cli.run("segment", "-f", "jsonl", "-o", out.toString(), empty.toString(), txt.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(2, r.errLines().size(), r::toString);
    assertTrue(r.errLines().get(0).startsWith("licx: " + empty + ": "), r::toString);
    List<String> lines = List.of(Cli.read(out).split("\n"));
    assertEquals(1, lines.size());
    Map<String, Object> doc = MiniJson.object(MiniJson.parse(lines.get(0)));
    assertEquals(txt.toString(), doc.get("source"));
  }

  @Test
  void anInterruptedRunLeavesThePreviousOutputAndNoTemporaryFile() throws IOException {
    Path txt = Cli.fixture("orchard-license.txt", dir);
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Path out = Cli.write(outDir.resolve("segments.json"), "{\"previous\": true}\n");
    InputStream dying = new InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("simulated");
      }
    };
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    assertThrows(OutOfMemoryError.class, () -> LicxCommand.commandLine(
            new PrintWriter(stdout), new PrintWriter(stderr), dying)
        .execute("segment", "-f", "json", "-o", out.toString(), txt.toString(), "-"));

    assertEquals("{\"previous\": true}\n", Cli.read(out));
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of(out), files.toList());
    }
    assertEquals("", stdout.toString());
  }
}
