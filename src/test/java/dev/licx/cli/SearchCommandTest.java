package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.index.IndexLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir static Path tmp;
  private static Path index;
  private static Path orchard;

  @BeforeAll
  static void buildIndex() throws Exception {
    orchard = Cli.fixture("orchard-license.txt", tmp.resolve("docs"));
    index = tmp.resolve("index");
    Result r = Cli.run("index", orchard.toString(), "--spdx-id", "MIT,Apache-2.0,BSD-3-Clause", "--index",
        index.toString());
    assertEquals(0, r.code(), r.toString());
  }

  private static Result search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return Cli.run(all);
  }

  @Test
  void textFormatShowsRankedHitsWithMarkedWordsAndWhereTheyAre() {
    Result r = search("services", "with", "more", "users", "than", "a", "threshold", "--limit", "2");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.outLines();
    assertTrue(lines.get(0).matches("2 hits \\([\\d,]+ matching clauses\\); query read as usage-threshold \\(\\d\\.\\d\\d\\)"),
        lines.get(0));
    assertTrue(lines.get(1).matches(" 1\\. orchard-license  usage-threshold  \\[restriction\\]  score \\d+\\.\\d\\d"),
        lines.get(1));
    assertTrue(lines.get(2).contains("monthly active **users**"), lines.get(2));
    assertTrue(lines.get(3).contains(orchard.toAbsolutePath() + ":"), lines.get(3));
    assertEquals("", r.err());
  }

  @Test
  void jsonCarriesTheFieldsOfEveryHit() {
    Result r = search("warranty", "--format", "json", "--license", "MIT", "--limit", "1");
    assertEquals(0, r.code(), r.toString());
    Map<String, Object> root = MiniJson.object(MiniJson.parse(r.out()));
    assertEquals("warranty", root.get("query"));
    List<Object> hits = MiniJson.array(root.get("hits"));
    assertEquals(1, hits.size());
    Map<String, Object> hit = MiniJson.object(hits.get(0));
    assertTrue(hit.keySet().containsAll(Set.of("license", "source", "type", "score", "text", "start", "end",
        "highlights", "alsoIn")), hit.keySet().toString());
    assertEquals("MIT", hit.get("license"));
    assertEquals("spdx:MIT", hit.get("source"));
    assertEquals("warranty-disclaimer", hit.get("type"));
    String text = (String) hit.get("text");
    List<Object> first = MiniJson.array(MiniJson.array(hit.get("highlights")).get(0));
    assertTrue(text.substring(((Number) first.get(0)).intValue(), ((Number) first.get(1)).intValue())
        .toLowerCase(java.util.Locale.ROOT).startsWith("warrant"));
  }

  @Test
  void jsonlIsOneHitPerLine() {
    Result r = search("license", "--format", "jsonl", "--limit", "4");
    assertEquals(4, r.outLines().size(), r.toString());
    for (String line : r.outLines()) {
      assertTrue(MiniJson.object(MiniJson.parse(line)).containsKey("score"));
    }
  }

  @Test
  void likeAClauseOfAFileFindsItsKinElsewhere() {
    // Orchard's clause 87 is its warranty disclaimer; the like of it is the other licenses' disclaimers.
    Result r = search("--like", orchard + ":87", "--format", "jsonl", "--limit", "3");
    assertEquals(0, r.code(), r.toString());
    for (String line : r.outLines()) {
      Map<String, Object> hit = MiniJson.object(MiniJson.parse(line));
      assertEquals("warranty-disclaimer", hit.get("type"), line);
      assertFalse(hit.get("license").equals("orchard-license") && hit.get("clause").equals(87L), line);
    }
  }

  @Test
  void likeTextAndSpdxClauseReferences() {
    Result text = search("--like-text", "You must not use the Output to train a competing model.", "--limit", "1",
        "-f", "jsonl");
    assertEquals("model-training", MiniJson.object(MiniJson.parse(text.outLines().get(0))).get("type"), text.toString());
    Result spdx = search("--like", "spdx:MIT:4", "--limit", "1", "-f", "jsonl");
    assertEquals(0, spdx.code(), spdx.toString());
    assertEquals(1, spdx.outLines().size());
  }

  @Test
  void filtersAndTheirUsageErrors() {
    Result typed = search("license", "--type", "grant,patent-grant", "-f", "jsonl", "--limit", "10");
    for (String line : typed.outLines()) {
      assertTrue(Set.of("grant", "patent-grant").contains(MiniJson.object(MiniJson.parse(line)).get("type")), line);
    }
    Result badType = search("license", "--type", "copyleft");
    assertEquals(ExitCode.USAGE, badType.code());
    assertTrue(badType.errLines().get(0).contains("unknown clause type 'copyleft' (see 'licx types')"), badType.err());
    assertEquals(ExitCode.USAGE, search("license", "--category", "obligation").code());
    assertEquals(ExitCode.USAGE, search("license", "--limit", "0").code());
    assertEquals(ExitCode.USAGE, search().code());
    assertEquals(ExitCode.USAGE, search("license", "--like-text", "x").code());
    Result range = search("--like", orchard + ":9999");
    assertEquals(ExitCode.USAGE, range.code());
    assertTrue(range.err().contains("clauses (0 to "), range.err());
  }

  @Test
  void anUnreadableLikeFileIsExitThree() {
    Result r = search("--like", tmp.resolve("nope.txt") + ":3");
    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.toString());
    assertEquals(1, r.errLines().size());
    assertFalse(r.stackTrace());
  }

  @Test
  void nothingMatchingIsSuccessWithZeroHits() {
    Result r = search("zyzzyvas");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("0 hits"), r.out());
  }

  @Test
  void withoutAnIndexTheSpdxListIsIndexedFirstAndTheUserTold() {
    Path data = tmp.resolve("data");
    System.setProperty(IndexLocation.PROPERTY, data.toString());
    try {
      Result r = Cli.run("search", "patent", "license", "--limit", "1", "-f", "jsonl");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.errLines().get(0).startsWith("licx: no index at " + data.resolve("index")
          + "; indexing the SPDX License List first"), r.err());
      assertTrue(r.err().contains(" added, "), r.err());
      assertTrue(MiniJson.object(MiniJson.parse(r.outLines().get(0))).get("source").toString().startsWith("spdx:"));

      Result again = Cli.run("search", "patent", "--limit", "1");
      assertEquals("", again.err());
    } finally {
      System.clearProperty(IndexLocation.PROPERTY);
    }
  }

  @Test
  void helpListsEveryExitCodeItUses() {
    assertEquals(Set.of(0, 1, 2, 3, 5), Cli.documentedExitCodes(Cli.run("search", "--help").out()));
  }
}
