package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";

  @TempDir Path dir;

  private static Matcher line(List<String> lines, String regex) {
    Pattern p = Pattern.compile(regex);
    List<Matcher> found = lines.stream().map(p::matcher).filter(Matcher::matches).toList();
    assertEquals(1, found.size(), "one line matching " + regex + " in " + lines);
    return found.get(0);
  }

  private static void assertPositive(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      assertTrue(Double.parseDouble(m.group(g)) > 0, "group " + g + " of: " + m.group());
    }
  }

  @Test
  void printsSegmentClassifyAndExtractThroughput() {
    Result r = Cli.run("bench", "--seconds", "0.2", "--licenses", "5");

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    List<String> lines = r.outLines();
    assertEquals(4, lines.size(), r.out());
    Matcher input = line(lines, "input: 5 SPDX licenses, " + NUMBER + " MB, (\\d+) segments; Java \\S+, (\\d+) cores");
    assertTrue(Integer.parseInt(input.group(2)) > 5, "several segments per license: " + input.group());
    assertPositive(line(lines, "segment: +" + NUMBER + " documents/s +" + NUMBER + " segments/s +" + NUMBER + " MB/s"));
    assertPositive(line(lines, "classify: +" + NUMBER + " segments/s"));
    assertPositive(line(lines, "extract: +" + NUMBER + " documents/s +" + NUMBER + " segments/s +" + NUMBER
        + " MB/s \\(segment \\+ classify\\)"));
    assertTrue(lines.get(0).startsWith("input: "), "the input line comes first");
  }

  @Test
  void nonPositiveValuesAreUsageErrors() {
    for (String[] args : List.of(new String[] {"--seconds", "0"}, new String[] {"--licenses", "0"},
        new String[] {"--seconds", "-1"})) {
      Result r = Cli.run("bench", args[0], args[1]);

      assertEquals(ExitCode.USAGE, r.code(), r::toString);
      assertEquals("", r.out());
      assertEquals("licx: --seconds and --licenses must be positive", r.errLines().get(0));
      assertFalse(r.stackTrace(), r::toString);
    }
  }

  @Test
  void aMissingModelIsAUsageErrorInOneLine() {
    Path missing = dir.resolve("absent.bin");

    Result r = Cli.run("bench", "--seconds", "0.01", "--licenses", "1", "--model", missing.toString());

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(List.of("licx: " + missing + ": no such model file"), r.errLines());
  }
}
