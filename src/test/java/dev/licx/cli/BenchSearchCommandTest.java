package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSearchCommandTest {

  @TempDir Path tmp;

  @Test
  void buildsASyntheticIndexAndReportsLatencyPercentiles() throws Exception {
    Path queries = Cli.write(tmp.resolve("q.tsv"), "q1\twarranty\tc\nq2\tmonthly active users\tc\n");
    Result r = Cli.run("bench", "search", "--synthetic", "2000", "--index", tmp.resolve("syn").toString(),
        "--queries", queries.toString(), "--rounds", "2");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("synthetic index: 2,000 clauses"), r.out());
    assertTrue(r.out().contains(": 50 documents, 2,000 clauses, "), r.out());
    assertTrue(r.out().matches("(?s).*p50 \\d+\\.\\d\\d ms   p90 \\d+\\.\\d\\d ms   p99 \\d+\\.\\d\\d ms.*"), r.out());
  }

  @Test
  void refusesToBuildOverAnExistingDirectory() throws Exception {
    Cli.write(tmp.resolve("syn/keep.txt"), "mine");
    Result r = Cli.run("bench", "search", "--synthetic", "10", "--index", tmp.resolve("syn").toString());
    assertEquals(ExitCode.USAGE, r.code(), r.toString());
  }
}
