package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  private final StringWriter buffer = new StringWriter();
  private final PrintWriter err = new PrintWriter(buffer, true);

  @Test
  void drawsABarAndClearsItWhenEnabled() {
    Progress p = new Progress(err, 4, true);

    p.update(0, "a.txt");
    String first = buffer.toString();
    p.update(4, "");
    String full = buffer.toString().substring(first.length());
    p.finish();
    String cleared = buffer.toString().substring(first.length() + full.length());

    assertEquals("\r[" + ".".repeat(30) + "] 0/4 " + String.format(Locale.ROOT, "%-40s", "a.txt"), first);
    assertEquals("\r[" + "#".repeat(30) + "] 4/4 " + " ".repeat(40), full);
    assertEquals("\r" + " ".repeat(90) + "\r", cleared);
  }

  @Test
  void aLongNameIsShortenedFromTheFront() {
    Progress p = new Progress(err, 2, true);
    String name = "licenses/" + "deeply/".repeat(8) + "nested-license-file.txt";

    p.update(1, name);

    String expected = "…" + name.substring(name.length() - 39);
    assertEquals("\r[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 " + expected, buffer.toString());
  }

  @Test
  void redrawsAtMostEveryTenthOfASecondUntilTheEnd() {
    Progress p = new Progress(err, 100_000, true);

    long start = System.nanoTime();
    for (int i = 0; i < 20_000; i++) {
      p.update(i, "file-" + i);
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    p.update(100_000, "");

    long draws = buffer.toString().chars().filter(c -> c == '\r').count();
    assertTrue(draws <= elapsedMs / 100 + 2, draws + " draws in " + elapsedMs + " ms");
    assertTrue(buffer.toString().endsWith("] 100000/100000 " + " ".repeat(40)), "the final state is always drawn");
  }

  @Test
  void silentWhenDisabledOrForASingleInput() {
    Progress disabled = new Progress(err, 5, false);
    disabled.update(0, "a.txt");
    disabled.update(5, "");
    disabled.finish();
    Progress single = new Progress(err, 1, true);
    single.update(0, "a.txt");
    single.update(1, "");
    single.finish();

    assertEquals("", buffer.toString());
  }

  @Test
  void aBatchOffATerminalShowsNoProgress(@TempDir Path dir) throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), "The first short text is here.\n");
    Path b = Cli.write(dir.resolve("b.txt"), "The second short text is here.\n");

    Cli.Result r = Cli.run("segment", "-f", "jsonl", a.toString(), b.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("licx: 2 of 2 documents processed, 0 failed"), r.errLines());
    assertFalse(r.err().contains("\r"), "no bar is drawn when stderr is not a terminal");
  }
}
