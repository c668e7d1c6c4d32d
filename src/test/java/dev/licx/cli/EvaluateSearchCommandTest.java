package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.index.IndexSource;
import dev.licx.testing.SharedLicenses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateSearchCommandTest {

  private static final Pattern SUMMARY = Pattern.compile(
      "P@5 (\\d\\.\\d{3}) \\(target 0\\.80\\), MRR (\\d\\.\\d{3}) \\(target 0\\.85\\), nDCG@10 (\\d\\.\\d{3}): (OK|FAIL)");

  @TempDir Path tmp;

  /**
   * The regression of docs/search-quality.md: the judged queries over the evaluation index meet
   * their targets, with every top-10 hit judged, as documented.
   */
  @Test
  void judgedQueriesMeetTheirTargets() {
    Path texts = SharedLicenses.assumeLicenses();
    Result r = Cli.run("evaluate-search", "--texts", texts.toString(), "--holdout",
        SharedLicenses.shared().resolve("docs/holdout.txt").toString());
    assertEquals(0, r.code(), r.toString());
    Matcher m = SUMMARY.matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals("OK", m.group(4));
    assertTrue(Double.parseDouble(m.group(1)) >= 0.85, r.out());
    assertTrue(Double.parseDouble(m.group(2)) >= 0.90, r.out());
    assertTrue(r.out().contains(" 1.000\n"), "every top-10 hit judged:\n" + r.out());
  }

  @Test
  void heldOutFilesStayOutOfTheEvaluationIndex() throws Exception {
    Path texts = Files.createDirectories(tmp.resolve("licenses"));
    Cli.fixture("orchard-license.txt", texts.resolve("ai"));
    Cli.fixture("orchard-license.md", texts.resolve("ai"));
    Set<String> held = Set.of("ai/orchard-license.md", "spdx/text/MIT.txt");
    List<IndexSource> sources = EvaluateSearchCommand.sources(texts, held);
    assertTrue(sources.stream().anyMatch(s -> s.name().endsWith("orchard-license.txt")));
    assertTrue(sources.stream().noneMatch(s -> s.name().endsWith("orchard-license.md")));
    assertTrue(sources.stream().noneMatch(s -> "MIT".equals(s.spdxId())));
    assertTrue(sources.stream().anyMatch(s -> "Apache-2.0".equals(s.spdxId())));
  }

  @Test
  void belowTargetIsFailAndExitFour() throws Exception {
    Path texts = Files.createDirectories(tmp.resolve("licenses"));
    Cli.fixture("orchard-license.txt", texts.resolve("ai"));
    Path queries = Cli.write(tmp.resolve("q.tsv"), "q1\tzyzzyva\tnothing answers this\n");
    Path qrels = Cli.write(tmp.resolve("j.tsv"), "");
    Result r = Cli.run("evaluate-search", "--texts", texts.toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--index", tmp.resolve("index").toString());
    assertEquals(ExitCode.BELOW_TARGET, r.code(), r.toString());
    assertTrue(r.out().trim().endsWith("FAIL"), r.out());
  }

  @Test
  void missingInputsAreExitThree() {
    Result r = Cli.run("evaluate-search", "--texts", tmp.resolve("none").toString());
    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.toString());
    assertEquals(1, r.errLines().size());
  }
}
