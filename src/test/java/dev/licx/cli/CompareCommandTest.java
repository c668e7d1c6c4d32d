package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  @TempDir Path tmp;

  /** Orchard 1.1 and a "1.2" with a lower user threshold and a new clause, written for this test. */
  private Path[] versions() throws Exception {
    Path v11 = Cli.fixture("orchard-license.txt", tmp.resolve("v11"));
    String text = Files.readString(v11).replace("50 million", "5 million")
        + "\nYou must not use the Model to rank job applicants.\n";
    return new Path[] {v11, Cli.write(tmp.resolve("v12/orchard-license.txt"), text)};
  }

  @Test
  void textShowsWhatChangedByType() throws Exception {
    Path[] v = versions();
    Result r = Cli.run("compare", v[0].toString(), v[1].toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("A: " + v[0] + "\nB: " + v[1] + "\nsimilarity "), r.out());
    assertTrue(r.out().contains("\nusage-threshold (both; "), r.out());
    assertTrue(r.out().contains("  ~ changed (similarity "), r.out());
    assertTrue(r.out().contains("5 million monthly active users"), r.out());
    assertTrue(r.out().contains("  + B only [") && r.out().contains("rank job applicants"), r.out());
  }

  @Test
  void jsonAndMarkdown() throws Exception {
    Path[] v = versions();
    Map<String, Object> root = MiniJson.object(MiniJson.parse(Cli.run("compare", v[0].toString(), v[1].toString(),
        "-f", "json").out()));
    assertEquals(v[0].toString(), root.get("a"));
    List<Object> types = MiniJson.array(root.get("types"));
    assertTrue(types.stream().map(MiniJson::object).anyMatch(t -> t.get("type").equals("usage-threshold")
        && MiniJson.array(t.get("changed")).size() == 1), types.toString());

    Result md = Cli.run("compare", v[0].toString(), v[1].toString(), "-f", "markdown");
    assertTrue(md.out().startsWith("## License comparison"), md.out());
    assertTrue(md.out().contains("| clause type | in | identical | only in A | only in B | changed |"), md.out());
  }

  @Test
  void spdxIdsAndUnreadableInputs() {
    Result r = Cli.run("compare", "spdx:BSD-2-Clause", "spdx:BSD-3-Clause");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("B only"), r.out());
    Result bad = Cli.run("compare", "spdx:No-Such", "spdx:MIT");
    assertEquals(ExitCode.SOME_INPUTS_FAILED, bad.code());
    assertEquals(List.of("licx: spdx:No-Such: not an SPDX license id (see https://spdx.org/licenses/)"), bad.errLines());
    assertEquals(ExitCode.USAGE, Cli.run("compare", "spdx:MIT").code());
  }
}
