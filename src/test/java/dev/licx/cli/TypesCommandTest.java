package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TypesCommandTest {

  /** The taxonomy's ids are a contract (shared/docs/taxonomy.md): these, in this order. */
  private static final List<String> IDS = List.of(
      "grant", "patent-grant", "output-rights",
      "attribution", "state-changes", "source-disclosure", "share-alike", "network-use", "pass-through",
      "field-of-use", "non-commercial", "usage-threshold", "model-training", "no-derivatives", "hosted-service",
      "export-control", "trademark",
      "warranty-disclaimer", "liability-limitation", "indemnification", "patent-retaliation", "termination",
      "governing-law",
      "acceptance", "definitions", "other");

  private static final Set<String> CATEGORIES = Set.of("permission", "condition", "restriction", "liability", "other");

  private static String categoryOf(String id) {
    int i = IDS.indexOf(id);
    return i < 3 ? "permission" : i < 9 ? "condition" : i < 17 ? "restriction" : i < 23 ? "liability" : "other";
  }

  @Test
  void textListsTheTwentySixTypesOnePerLine() {
    Result r = Cli.run("types");

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    List<String> lines = r.outLines();
    assertEquals(26, lines.size(), r.out());
    Pattern row = Pattern.compile("^([a-z-]+) +([a-z]+) +(-|\\d+(?:,\\d+)*) +(\\S.*)$");
    for (int i = 0; i < 26; i++) {
      Matcher m = row.matcher(lines.get(i));
      assertTrue(m.matches(), lines.get(i));
      assertEquals(IDS.get(i), m.group(1));
      assertEquals(categoryOf(m.group(1)), m.group(2), lines.get(i));
    }
    assertTrue(lines.get(IDS.indexOf("network-use")).matches("^network-use +condition +9 +\\S.*"),
        "the OSD criteria column: " + lines.get(IDS.indexOf("network-use")));
  }

  @Test
  void jsonIsAnArrayOfTwentySixObjects() {
    Result r = Cli.run("types", "--format", "json");

    assertEquals(0, r.code(), r::toString);
    List<Object> types = MiniJson.array(MiniJson.parse(r.out()));
    assertEquals(26, types.size());
    List<String> ids = new ArrayList<>();
    for (Object o : types) {
      Map<String, Object> t = MiniJson.object(o);
      assertEquals(List.of("id", "category", "description", "osdCriteria"), new ArrayList<>(t.keySet()), t.toString());
      String id = (String) t.get("id");
      ids.add(id);
      assertTrue(CATEGORIES.contains((String) t.get("category")), t.toString());
      assertEquals(categoryOf(id), t.get("category"), t.toString());
      assertFalse(((String) t.get("description")).isBlank(), t.toString());
      long previous = 0;
      for (Object c : MiniJson.array(t.get("osdCriteria"))) {
        long criterion = (Long) c;
        assertTrue(criterion > previous && criterion <= 10, "OSD criteria 1-10, ascending: " + t);
        previous = criterion;
      }
    }
    assertEquals(IDS, ids);
    assertEquals(List.of(), MiniJson.object(types.get(0)).get("osdCriteria"), "a grant conflicts with no criterion");
    assertEquals(List.of(9L), MiniJson.object(types.get(IDS.indexOf("network-use"))).get("osdCriteria"));
  }

  @Test
  void markdownIsATableWithARowPerType() {
    Result r = Cli.run("types", "-f", "markdown");

    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.outLines();
    assertEquals("| id | category | OSD criteria | what the clause does |", lines.get(0));
    assertEquals("|---|---|---|---|", lines.get(1));
    assertEquals(28, lines.size(), r.out());
    for (int i = 0; i < 26; i++) {
      String[] cells = lines.get(i + 2).split(" \\| ", -1);
      assertEquals(4, cells.length, lines.get(i + 2));
      assertEquals("| " + IDS.get(i), cells[0]);
      assertEquals(categoryOf(IDS.get(i)), cells[1]);
      assertTrue(cells[3].endsWith(" |"), lines.get(i + 2));
    }
  }

  @Test
  void theFormatsAgreeOnDescriptions() {
    List<Object> json = MiniJson.array(MiniJson.parse(Cli.run("types", "-f", "json").out()));
    List<String> text = Cli.run("types").outLines();

    for (int i = 0; i < 26; i++) {
      String description = (String) MiniJson.object(json.get(i)).get("description");
      assertTrue(text.get(i).endsWith(" " + description), text.get(i));
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Result r = Cli.run("types", "-f", "csv");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.errLines().get(0).contains("--format"), r::toString);
  }
}
