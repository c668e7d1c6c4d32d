package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.classification.ClauseClassifier;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.index.ClauseIndexer;
import dev.licx.index.ClauseSearcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  @TempDir Path tmp;

  @Test
  void indexesADirectoryAndSaysWhatItDid() throws Exception {
    Path docs = tmp.resolve("docs");
    Cli.fixture("orchard-license.txt", docs);
    Cli.fixture("orchard-license.html", docs);
    Path index = tmp.resolve("index");

    Result r = Cli.run("index", docs.toString(), "--spdx-id", "MIT", "--index", index.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("3 added, 0 replaced, 0 unchanged, 0 failed, 0 pruned in "), r.out());
    assertTrue(r.out().contains("index " + index + ": 3 documents, "), r.out());
    assertEquals("", r.err());

    r = Cli.run("index", docs.toString(), "--spdx-id", "MIT", "--index", index.toString());
    assertTrue(r.out().startsWith("0 added, 0 replaced, 3 unchanged"), r.out());

    Files.delete(docs.resolve("orchard-license.html"));
    r = Cli.run("index", "--prune", "--index", index.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("0 added, 0 replaced, 0 unchanged, 0 failed, 1 pruned"), r.out());
  }

  @Test
  void oneBadFileIsReportedInOneLineAndTheRestIndexed() throws Exception {
    Path docs = tmp.resolve("docs");
    Cli.fixture("orchard-license.txt", docs);
    Files.write(docs.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2});
    Result r = Cli.run("index", docs.toString(), "--index", tmp.resolve("index").toString());
    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.toString());
    assertEquals(1, r.errLines().size(), r.toString());
    assertTrue(r.errLines().get(0).startsWith("licx: " + docs.resolve("broken.pdf") + ": "), r.toString());
    assertTrue(r.out().startsWith("1 added, 0 replaced, 0 unchanged, 1 failed"), r.out());
    assertFalse(r.stackTrace());
  }

  @Test
  void aLockedIndexIsOneLineAndExitFive() throws Exception {
    Path index = tmp.resolve("index");
    try (ClauseIndexer writer = ClauseIndexer.open(index, ClauseClassifier.loadDefaultModel(), "m",
        ExtractionLimits.DEFAULT, 1)) {
      Result r = Cli.run("index", "--spdx-id", "MIT", "--index", index.toString());
      assertEquals(ExitCode.INDEX_UNAVAILABLE, r.code(), r.toString());
      assertEquals(List.of("licx: " + index + ": index is locked: another 'licx index' is writing it; try again "
          + "when it is done"), r.errLines());
    }
  }

  @Test
  void aDirectoryThatIsNotAnIndexIsLeftAlone() throws Exception {
    Path notes = Cli.write(tmp.resolve("notes/todo.txt"), "plant quinces").getParent();
    Result r = Cli.run("index", "--spdx-id", "MIT", "--index", notes.toString());
    assertEquals(ExitCode.INDEX_UNAVAILABLE, r.code(), r.toString());
    assertTrue(r.err().contains("not empty and holds no licx index"), r.err());
  }

  @Test
  void usageErrors() {
    assertEquals(ExitCode.USAGE, Cli.run("index").code());
    Result stdin = Cli.run("index", "-", "--index", tmp.resolve("i").toString());
    assertEquals(ExitCode.USAGE, stdin.code());
    assertTrue(stdin.err().contains("standard input cannot be indexed"), stdin.err());
    assertEquals(ExitCode.USAGE, Cli.run("index", "--spdx-id", "MIT", "--threads", "0").code());
  }

  @Test
  void helpListsEveryExitCodeItUses() {
    Result r = Cli.run("index", "--help");
    assertEquals(Set.of(0, 1, 2, 3, 5), Cli.documentedExitCodes(r.out()));
  }

  private static int committedDocuments(Path index) throws Exception {
    if (!ClauseSearcher.exists(index)) {
      return 0;
    }
    try (ClauseSearcher s = ClauseSearcher.open(index, ClauseClassifier.loadDefaultModel())) {
      return s.documents();
    }
  }

  /**
   * A real kill: a child JVM indexes the SPDX list and is killed with SIGKILL after its first
   * commit. The index must open, and the next run must finish the job, skipping what was committed.
   */
  @Test
  void aKilledRunLeavesTheLastCommitUsable() throws Exception {
    Path index = tmp.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "index", "--spdx", "--no-progress", "--threads", "1", "--index", index.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (committedDocuments(index) == 0 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(child.isAlive(), "the child finished before it could be killed; " + Files.readString(
          tmp.resolve("child.log")));
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    int committed;
    try (ClauseSearcher s = ClauseSearcher.open(index, ClauseClassifier.loadDefaultModel())) {
      committed = s.documents();
      assertTrue(committed > 0 && s.clauses() > 0);
    }
    Result r = Cli.run("index", "--spdx", "--index", index.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains(" " + committed + " unchanged,"), r.out());
  }
}
