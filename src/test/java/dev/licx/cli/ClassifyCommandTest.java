package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.classification.ClauseType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  /** Sentences written for this test, each plainly of one type. */
  private static final String DISCLAIMER = "The author gives no warranty at all, and you use this tool at your own risk.";
  private static final String LAW = "This agreement is governed by the laws of the Kingdom of Ruritania.";
  /** A sentence that mixes a condition and a trademark rule, so it may have runners-up. */
  private static final String MIXED = "You may use the logo only if you keep this notice.";
  private static final String INPUT = DISCLAIMER + "\n\n   \n" + LAW + "\r\n\t" + MIXED + "  \n";
  private static final List<String> SENTENCES = List.of(DISCLAIMER, LAW, MIXED);

  private static final Pattern TEXT_ROW =
      Pattern.compile("^([a-z-]+) +(\\d\\.\\d\\d)  (?:\\(([a-z-]+) (\\d\\.\\d\\d)\\))? *(\\S.*)$");

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Map<String, Object>> jsonl(Result r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : r.outLines()) {
      out.add(MiniJson.object(MiniJson.parse(line)));
    }
    return out;
  }

  private static double number(Object o) {
    assertInstanceOf(Number.class, o);
    return ((Number) o).doubleValue();
  }

  @Test
  void classifiesLinesFromStandardInputSkippingBlankOnes() {
    Result r = Cli.run(utf8(INPUT), "classify");

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    List<String> lines = r.outLines();
    assertEquals(3, lines.size(), "one row per non-blank line: " + r.out());
    List<String> types = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Matcher m = TEXT_ROW.matcher(lines.get(i));
      assertTrue(m.matches(), lines.get(i));
      assertEquals(SENTENCES.get(i), m.group(5), "the sentence, stripped, ends the row");
      types.add(ClauseType.fromId(m.group(1)).id());
      double confidence = Double.parseDouble(m.group(2));
      assertTrue(confidence > 0 && confidence <= 1, lines.get(i));
      if (m.group(3) != null) {
        assertNotEquals(m.group(1), ClauseType.fromId(m.group(3)).id());
        assertTrue(Double.parseDouble(m.group(4)) <= confidence, lines.get(i));
      }
    }
    assertEquals("warranty-disclaimer", types.get(0));
    assertEquals("governing-law", types.get(1));
  }

  @Test
  void dashAndNoArgumentBothReadStandardInput() {
    Result none = Cli.run(utf8(INPUT), "classify", "-f", "tsv");
    Result dash = Cli.run(utf8(INPUT), "classify", "-f", "tsv", "-");

    assertEquals(0, dash.code(), dash::toString);
    assertEquals(none.out(), dash.out());
  }

  @Test
  void readsFilesInArgumentOrder() throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), LAW + "\n");
    Path b = Cli.write(dir.resolve("b.txt"), "\n" + DISCLAIMER + "\n\n" + MIXED);

    Result r = Cli.run("classify", "-f", "jsonl", b.toString(), a.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    List<Object> texts = jsonl(r).stream().map(o -> o.get("text")).toList();
    assertEquals(List.of(DISCLAIMER, MIXED, LAW), texts, "a last line without a newline counts too");
  }

  @Test
  void tsvHasAHeaderAndFiveColumnsAgreeingWithJsonl() {
    Result tsv = Cli.run(utf8(INPUT + "Tabs\tinside\ta line are kept apart.\n"), "classify", "--format", "tsv");
    Result jsonl = Cli.run(utf8(INPUT + "Tabs\tinside\ta line are kept apart.\n"), "classify", "--format", "jsonl");

    assertEquals(0, tsv.code(), tsv::toString);
    List<String> lines = tsv.outLines();
    assertEquals("type\tconfidence\talternative\talternative_confidence\ttext", lines.get(0));
    List<Map<String, Object>> objects = jsonl(jsonl);
    assertEquals(objects.size() + 1, lines.size(), tsv.out());
    for (int i = 0; i < objects.size(); i++) {
      String[] cols = lines.get(i + 1).split("\t", -1);
      assertEquals(5, cols.length, lines.get(i + 1));
      Map<String, Object> o = objects.get(i);
      assertEquals(o.get("type"), cols[0]);
      assertEquals(String.format(Locale.ROOT, "%.3f", number(o.get("confidence"))), cols[1]);
      List<Object> alts = MiniJson.array(o.get("alternatives"));
      if (alts.isEmpty()) {
        assertEquals("", cols[2]);
        assertEquals("", cols[3]);
      } else {
        Map<String, Object> alt = MiniJson.object(alts.get(0));
        assertEquals(alt.get("type"), cols[2]);
        assertEquals(String.format(Locale.ROOT, "%.3f", number(alt.get("confidence"))), cols[3]);
      }
      assertEquals(((String) o.get("text")).replace('\t', ' '), cols[4]);
    }
    assertEquals("Tabs inside a line are kept apart.", lines.get(lines.size() - 1).split("\t", -1)[4],
        "a tab inside the text becomes a space, so the row keeps five columns");
  }

  @Test
  void jsonlHasTextTypeConfidenceAndAlternatives() {
    String cafe = "The caf\u00e9 owner may copy this menu for any purpose.";

    Result r = Cli.run(utf8(INPUT + cafe + "\n"), "classify", "-f", "jsonl");

    assertEquals(0, r.code(), r::toString);
    List<Map<String, Object>> objects = jsonl(r);
    assertEquals(4, objects.size(), r.out());
    Set<String> ids = new TreeSet<>();
    for (ClauseType t : ClauseType.values()) {
      ids.add(t.id());
    }
    for (Map<String, Object> o : objects) {
      assertEquals(List.of("text", "type", "confidence", "alternatives"), new ArrayList<>(o.keySet()), o.toString());
      assertTrue(ids.contains((String) o.get("type")), o.toString());
      double confidence = number(o.get("confidence"));
      assertTrue(confidence > 0 && confidence <= 1, o.toString());
      for (Object a : MiniJson.array(o.get("alternatives"))) {
        Map<String, Object> alt = MiniJson.object(a);
        assertEquals(List.of("type", "confidence"), new ArrayList<>(alt.keySet()), alt.toString());
        assertTrue(ids.contains((String) alt.get("type")) && !alt.get("type").equals(o.get("type")), o.toString());
        assertTrue(number(alt.get("confidence")) <= confidence, o.toString());
      }
    }
    assertEquals(cafe, objects.get(3).get("text"), "UTF-8 in, UTF-8 out");
    assertEquals("warranty-disclaimer", objects.get(0).get("type"));
    assertEquals("governing-law", objects.get(1).get("type"));
  }

  @Test
  void aMissingFileIsReportedInOneLineAndTheOtherFilesAreStillClassified() throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), DISCLAIMER + "\n");
    Path missing = dir.resolve("missing.txt");
    Path b = Cli.write(dir.resolve("b.txt"), LAW + "\n");

    Result r = Cli.run("classify", "-f", "jsonl", a.toString(), missing.toString(), b.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(List.of(DISCLAIMER, LAW), jsonl(r).stream().map(o -> o.get("text")).toList());
    assertEquals(List.of("licx: " + missing + ": no such file"), r.errLines());
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void aMissingModelIsAUsageErrorInOneLine() {
    Path missing = dir.resolve("absent.bin");

    Result r = Cli.run(utf8(INPUT), "classify", "--model", missing.toString());

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(List.of("licx: " + missing + ": no such model file"), r.errLines());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Result r = Cli.run(utf8(INPUT), "classify", "-f", "csv");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.errLines().get(0).contains("--format"), r::toString);
  }

  @Test
  void theExitCodesItReturnsAreTheOnesItsHelpDocuments() {
    Set<Integer> returned = new TreeSet<>();
    returned.add(Cli.run(utf8(INPUT), "classify").code());
    returned.add(Cli.run(utf8(INPUT), "classify", "-f", "csv").code());
    returned.add(Cli.run("classify", dir.resolve("missing.txt").toString()).code());

    Result help = Cli.run("classify", "--help");

    assertEquals(0, help.code(), help::toString);
    assertEquals(Set.of(0, 2, 3), returned);
    assertTrue(Cli.documentedExitCodes(help.out()).containsAll(returned), help.out());
  }
}
