package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir static Path tmp;
  private static Path index;
  private static Path orchard;

  @BeforeAll
  static void indexSome() throws Exception {
    orchard = Cli.fixture("orchard-license.txt", tmp.resolve("docs"));
    index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--spdx-id", "MIT,Apache-2.0,BSD-3-Clause", "--index", index.toString()).code());
  }

  @Test
  void jsonHasVerdictCriteriaWithEvidenceClosestAndSummary() {
    Result r = Cli.run("check", orchard.toString(), "--index", index.toString(), "-f", "json");
    assertEquals(0, r.code(), r.toString());
    Map<String, Object> root = MiniJson.object(MiniJson.parse(r.out()));
    assertTrue(((String) root.get("verdict")).startsWith("concern under OSD "), root.get("verdict").toString());
    List<Object> criteria = MiniJson.array(root.get("criteria"));
    assertEquals(10, criteria.size());
    Map<String, Object> five = MiniJson.object(criteria.get(4));
    assertEquals(5L, five.get("id"));
    assertEquals("concern", five.get("status"));
    Map<String, Object> evidence = MiniJson.object(MiniJson.array(five.get("evidence")).get(0));
    assertTrue(evidence.keySet().containsAll(Set.of("text", "type", "confidence", "start", "end", "reason")));
    assertEquals("ok", MiniJson.object(criteria.get(1)).get("status"));
    assertTrue(MiniJson.object(root.get("summary")).keySet().containsAll(
        Set.of("permission", "condition", "restriction", "liability")));
    assertTrue(root.containsKey("closest"));
  }

  @Test
  void textNamesTheClosestLicenseOfAnSpdxText() {
    Result r = Cli.run("check", "--spdx", "MIT", "--index", index.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("no concern"), r.out());
    assertTrue(r.out().contains("closest known license: identical to MIT (MIT License), similarity 1.00"), r.out());
    assertTrue(r.out().contains(" 6 ok       No discrimination against fields of endeavor"), r.out());
  }

  @Test
  void failOnConcernGatesCi() {
    assertEquals(ExitCode.BELOW_TARGET, Cli.run("check", orchard.toString(), "--no-closest", "--fail-on", "concern")
        .code());
    assertEquals(0, Cli.run("check", "--spdx", "MIT", "--no-closest", "--fail-on", "concern").code());
    assertEquals(0, Cli.run("check", orchard.toString(), "--no-closest").code());
  }

  @Test
  void aBadInputIsReportedAndTheOthersChecked() {
    Result r = Cli.run("check", tmp.resolve("missing.txt").toString(), "--spdx", "MIT", "--no-closest", "-f", "jsonl");
    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.toString());
    assertEquals(1, r.outLines().size());
    assertTrue(r.errLines().get(0).startsWith("licx: " + tmp.resolve("missing.txt") + ": "), r.err());
    assertFalse(r.stackTrace());
  }

  @Test
  void markdownIsAReport() {
    Result r = Cli.run("check", orchard.toString(), "--no-closest", "-f", "markdown");
    assertTrue(r.out().startsWith("## licx check: `"), r.out());
    assertTrue(r.out().contains("| 5 | No discrimination against persons or groups | concern | ["), r.out());
  }

  @Test
  void helpListsEveryExitCodeItUses() {
    assertEquals(Set.of(0, 1, 2, 3, 4, 5), Cli.documentedExitCodes(Cli.run("check", "--help").out()));
    assertEquals(ExitCode.USAGE, Cli.run("check", "--spdx", "MIT", "-f", "csv").code());
  }
}
