package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.testing.SharedLicenses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCheckCommandTest {

  private static final Pattern SUMMARY = Pattern.compile("OSI-approved with a concern (\\d+\\.\\d)% \\(target at most "
      + "5%\\), not OSD with a concern under a right criterion (\\d+\\.\\d)% \\(target at least 90%\\): (OK|FAIL)");

  @TempDir Path tmp;

  /** The validation of docs/assessment.md, over the shared texts. */
  @Test
  void osiLicensesRarelyGetAConcernAndTheOthersUnderTheRightCriterion() {
    Path texts = SharedLicenses.assumeLicenses();
    Result r = Cli.run("evaluate-check", "--texts", texts.toString(), "--holdout",
        SharedLicenses.shared().resolve("docs/holdout.txt").toString());
    assertEquals(0, r.code(), r.toString());
    Matcher m = SUMMARY.matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Double.parseDouble(m.group(1)) <= 5.0, r.out());
    assertTrue(Double.parseDouble(m.group(2)) >= 90.0, r.out());
    assertTrue(r.out().contains("held out: OSI-approved"), r.out());
    assertTrue(r.out().contains("held out: not OSD"), r.out());
  }

  /** A tiny collection: one permissive text, one fictional AI license expected to fail 5 and 6. */
  private Path texts() throws Exception {
    Path texts = Files.createDirectories(tmp.resolve("licenses"));
    Cli.write(texts.resolve("spdx/licenses.json"),
        "{\"licenses\": [{\"licenseId\": \"MIT\", \"isOsiApproved\": true}]}");
    Cli.write(texts.resolve("spdx/text/MIT.txt"), dev.licx.extraction.SpdxLicenseList.text("MIT").orElseThrow());
    Cli.fixture("orchard-license.txt", texts.resolve("ai"));
    return texts;
  }

  @Test
  void rightAndWrongCriteriaAreTold() throws Exception {
    Path texts = texts();
    Path right = Cli.write(tmp.resolve("right.tsv"), "ai/orchard-license.txt\t5,6\tfictional thresholds\n");
    Result ok = Cli.run("evaluate-check", "--texts", texts.toString(), "--expected", right.toString());
    assertEquals(0, ok.code(), ok.toString());
    assertTrue(ok.out().trim().endsWith("OK"), ok.out());

    Path wrong = Cli.write(tmp.resolve("wrong.tsv"), "ai/orchard-license.txt\t2\tsource code withheld\n");
    Result fail = Cli.run("evaluate-check", "--texts", texts.toString(), "--expected", wrong.toString(), "--list");
    assertEquals(ExitCode.BELOW_TARGET, fail.code(), fail.toString());
    assertTrue(fail.out().contains("expected [2]  MISS"), fail.out());
  }

  @Test
  void expectationsAndMissingInputs() throws Exception {
    Path file = Cli.write(tmp.resolve("e.tsv"), "# comment\nai/a.txt\t5, 6\twhy\nai/b.txt\t-\tmeets it\n");
    assertEquals(Map.of("ai/a.txt", Set.of(5, 6), "ai/b.txt", Set.of()), EvaluateCheckCommand.expectations(file));
    Result r = Cli.run("evaluate-check", "--texts", tmp.resolve("none").toString());
    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code());
    assertEquals(1, r.errLines().size());
  }
}
