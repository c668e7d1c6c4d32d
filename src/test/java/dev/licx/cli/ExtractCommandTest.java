package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.classification.Category;
import dev.licx.classification.ClauseType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final List<String> JSON_CLAUSE_KEYS = List.of(
      "index", "text", "type", "category", "confidence", "alternatives", "start", "end", "section", "kind");
  private static final Set<String> KINDS = Set.of("heading", "sentence", "item", "line");
  private static final List<String> SUMMARY_HEADINGS = List.of("Permissions", "Conditions", "Restrictions", "Liability");
  private static final Pattern HEADER =
      Pattern.compile("^== (.+) \\(([^,]+), (\\d+) characters, (\\d+) clauses\\)$");
  private static final Pattern TYPE_LINE = Pattern.compile("^  ([a-z-]+) \\((\\d+)\\)$");
  private static final Pattern CLAUSE_LINE =
      Pattern.compile("^    \\[(\\d+)\\] (\\? )?(.+) \\((\\d\\.\\d\\d)(?:, or ([a-z-]+))?\\)$");
  private static final Pattern ALSO_LINE =
      Pattern.compile("^Also (\\d+) definitions and (\\d+) other segments .*--all lists them\\.$");

  @TempDir Path dir;

  private Path orchard() throws IOException {
    return Cli.fixture("orchard-license.txt", dir);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** One document of the text summary: heading → type → clause rows. */
  private record Summary(String source, int clauses, Map<String, Map<String, List<Matcher>>> sections,
      List<String> lines) {

    List<Matcher> rows() {
      List<Matcher> out = new ArrayList<>();
      sections.values().forEach(byType -> byType.values().forEach(out::addAll));
      return out;
    }

    Map<String, List<Matcher>> section(String heading) {
      return sections.getOrDefault(heading, Map.of());
    }
  }

  /** Parses the text format strictly: every line is a header, heading, type, clause or footer line. */
  private static Summary summary(String out) {
    List<String> lines = new ArrayList<>();
    for (String l : out.split("\\R")) {
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    Matcher header = HEADER.matcher(lines.get(0));
    assertTrue(header.matches(), lines.get(0));
    Set<String> headings = new TreeSet<>();
    for (Category c : Category.values()) {
      headings.add(c.heading());
    }
    Map<String, Map<String, List<Matcher>>> sections = new LinkedHashMap<>();
    Map<String, List<Matcher>> currentSection = null;
    List<Matcher> currentType = null;
    int declared = -1;
    for (String line : lines.subList(1, lines.size())) {
      Matcher type = TYPE_LINE.matcher(line);
      Matcher clause = CLAUSE_LINE.matcher(line);
      if (headings.contains(line)) {
        assertFalse(sections.containsKey(line), "each heading once: " + line);
        currentSection = new LinkedHashMap<>();
        sections.put(line, currentSection);
      } else if (type.matches()) {
        assertTrue(currentSection != null, "a type line under a heading: " + line);
        assertDeclaredCount(currentType, declared);
        currentType = new ArrayList<>();
        declared = Integer.parseInt(type.group(2));
        currentSection.put(type.group(1), currentType);
      } else if (clause.matches()) {
        assertTrue(currentType != null, "a clause line under a type: " + line);
        currentType.add(clause);
      } else {
        assertTrue(ALSO_LINE.matcher(line).matches() || line.startsWith("? marks a clause"), "unexpected line: " + line);
      }
    }
    assertDeclaredCount(currentType, declared);
    return new Summary(header.group(1), Integer.parseInt(header.group(4)), sections, lines);
  }

  private static void assertDeclaredCount(List<Matcher> rows, int declared) {
    if (rows != null) {
      assertEquals(declared, rows.size(), "a type line announces how many clauses follow it");
    }
  }

  private static List<Map<String, Object>> clauses(Map<String, Object> doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : MiniJson.array(doc.get("clauses"))) {
      out.add(MiniJson.object(o));
    }
    return out;
  }

  private static int integer(Map<String, Object> m, String key) {
    return Math.toIntExact((Long) m.get(key));
  }

  private static double number(Object o) {
    assertInstanceOf(Number.class, o);
    return ((Number) o).doubleValue();
  }

  private static Map<String, Object> json(String... args) {
    Result r = Cli.run(args);
    assertEquals(0, r.code(), r::toString);
    return MiniJson.object(MiniJson.parse(r.out()));
  }

  /** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i++);
          if (q == '"' && i < csv.length() && csv.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (q == '"') {
            break;
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        assertEquals('\n', csv.charAt(i + 1), "rows end with CRLF");
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertFalse(c == '"' || c == '\n', "a bare quote or LF in an unquoted field at offset " + i);
        field.append(c);
        i++;
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0, "the last row ends with CRLF");
    return rows;
  }

  // ---- text ---------------------------------------------------------------------------------

  @Test
  void textSummaryGroupsClausesUnderCategoryHeadingsWithTheirTypes() throws IOException {
    Path file = orchard();

    Result r = Cli.run("extract", file.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), "a single good document prints nothing on stderr");
    Summary s = summary(r.out());
    assertEquals(file.toString(), s.source());
    assertTrue(s.lines().get(0).contains("(text/plain, " + Cli.read(file).length() + " characters, "), s.lines().get(0));

    List<String> present = new ArrayList<>(s.sections().keySet());
    assertTrue(present.containsAll(SUMMARY_HEADINGS), "all four summary headings: " + present);
    List<String> order = new ArrayList<>();
    for (Category c : Category.values()) {
      if (present.contains(c.heading())) {
        order.add(c.heading());
      }
    }
    assertEquals(order, present, "headings in the order permissions, conditions, restrictions, liability, other");
    s.sections().forEach((heading, byType) -> byType.keySet().forEach(type -> assertEquals(heading,
        ClauseType.fromId(type).category().heading(), type + " is listed under its own category")));
    assertFalse(s.section("Other").containsKey("definitions"), "definitions only with --all");
    assertFalse(s.section("Other").containsKey("other"), "other segments only with --all");

    // Clear-cut clauses of the fictional license, in the words of its own sections.
    assertTrue(s.section("Permissions").containsKey("grant"), r.out());
    assertTrue(s.section("Conditions").containsKey("attribution"), r.out());
    assertTrue(s.section("Restrictions").containsKey("export-control"), r.out());
    assertTrue(s.section("Liability").containsKey("warranty-disclaimer"), r.out());
    assertTrue(s.section("Liability").containsKey("governing-law"), r.out());
    assertTrue(s.section("Liability").get("governing-law").stream()
        .anyMatch(m -> m.group(3).contains("laws of England and Wales")), r.out());

    Matcher also = s.lines().stream().map(ALSO_LINE::matcher).filter(Matcher::matches).findFirst().orElseThrow();
    int hidden = Integer.parseInt(also.group(1)) + Integer.parseInt(also.group(2));
    assertEquals(s.clauses(), s.rows().size() + hidden,
        "every clause is either listed or counted as a definition or other segment");
  }

  @Test
  void textMarksExactlyTheLowConfidenceClausesWithAQuestionMark() throws IOException {
    Path file = orchard();

    Result text = Cli.run("extract", file.toString());
    Map<String, Object> doc = json("extract", "-f", "json", file.toString());

    assertEquals(0, text.code(), text::toString);
    Map<Integer, Double> confidence = new LinkedHashMap<>();
    for (Map<String, Object> c : clauses(doc)) {
      confidence.put(integer(c, "index"), number(c.get("confidence")));
    }
    boolean anyMarked = false;
    for (Matcher row : summary(text.out()).rows()) {
      int index = Integer.parseInt(row.group(1));
      double c = confidence.get(index);
      boolean marked = row.group(2) != null;
      anyMarked |= marked;
      assertEquals(c, Double.parseDouble(row.group(4)), 0.0051, "the row shows the clause's confidence: " + row.group());
      if (Math.abs(c - 0.5) > 0.001) {
        assertEquals(c < 0.5, marked, "'?' marks confidence below 0.50: " + row.group());
      }
    }
    assertEquals(anyMarked, text.out().contains("\n? marks a clause classified with confidence below 0.50.\n"),
        "the legend shows when, and only when, a clause is marked");
  }

  @Test
  void allAlsoListsDefinitionsAndOtherSegments() throws IOException {
    Path file = orchard();

    Result plain = Cli.run("extract", file.toString());
    Result all = Cli.run("extract", "--all", file.toString());
    Map<String, Object> doc = json("extract", "-f", "json", file.toString());

    assertEquals(0, all.code(), all::toString);
    long definitions = clauses(doc).stream().filter(c -> c.get("type").equals("definitions")).count();
    long other = clauses(doc).stream().filter(c -> c.get("type").equals("other")).count();
    assertTrue(definitions > 0 && other > 0, "the fixture has definitions and a title: " + definitions + ", " + other);

    Summary s = summary(all.out());
    assertEquals(s.clauses(), s.rows().size(), "--all lists every clause");
    assertEquals(definitions, s.section("Other").get("definitions").size());
    assertEquals(other, s.section("Other").get("other").size());
    assertTrue(s.lines().stream().noneMatch(l -> ALSO_LINE.matcher(l).matches()), all.out());
    assertTrue(plain.out().contains("\nAlso " + definitions + " definitions and " + other + " other segments"),
        plain.out());
  }

  // ---- json, jsonl, csv, markdown ----------------------------------------------------------

  @Test
  void jsonGivesEveryClauseItsTypeCategoryConfidenceAlternativesAndOffsets() throws IOException {
    Path file = orchard();
    String text = Cli.read(file);

    Map<String, Object> doc = json("extract", "--format", "json", file.toString());

    assertEquals(file.toString(), doc.get("source"));
    assertEquals("text/plain", doc.get("mediaType"));
    assertEquals((long) text.length(), doc.get("characters"));
    List<Map<String, Object>> clauses = clauses(doc);
    assertTrue(clauses.size() > 50, "the fixture has many clauses: " + clauses.size());
    Set<String> types = new TreeSet<>();
    for (int i = 0; i < clauses.size(); i++) {
      Map<String, Object> c = clauses.get(i);
      assertEquals(JSON_CLAUSE_KEYS, new ArrayList<>(c.keySet()), c.toString());
      assertEquals(i, integer(c, "index"));
      ClauseType type = ClauseType.fromId((String) c.get("type"));
      types.add(type.id());
      assertEquals(type.category().id(), c.get("category"), "category agrees with the type: " + c);
      Category.fromId((String) c.get("category"));
      double confidence = number(c.get("confidence"));
      assertTrue(confidence > 0 && confidence <= 1, c.toString());
      for (Object o : MiniJson.array(c.get("alternatives"))) {
        Map<String, Object> alt = MiniJson.object(o);
        assertEquals(List.of("type", "confidence"), new ArrayList<>(alt.keySet()), alt.toString());
        assertNotEquals(type.id(), ClauseType.fromId((String) alt.get("type")).id(), "a runner-up differs: " + c);
        double a = number(alt.get("confidence"));
        assertTrue(a > 0 && a <= confidence, "a runner-up scores no higher than the type: " + c);
      }
      int start = integer(c, "start");
      int end = integer(c, "end");
      assertTrue(0 <= start && start < end && end <= text.length(), c.toString());
      assertEquals(Cli.normalize(text.substring(start, end)), c.get("text"), "the text at the clause's offsets");
      assertInstanceOf(String.class, c.get("section"));
      assertTrue(KINDS.contains((String) c.get("kind")), c.toString());
      if (i > 0) {
        assertTrue(start >= integer(clauses.get(i - 1), "end"), "clauses in document order");
      }
    }
    assertTrue(types.containsAll(Set.of("grant", "warranty-disclaimer", "governing-law", "export-control")), types.toString());
  }

  @Test
  void jsonIsAnArrayForSeveralInputsAndJsonlIsOneObjectPerLine() throws IOException {
    Path txt = orchard();
    Path md = Cli.fixture("orchard-license.md", dir);

    Result array = Cli.run("extract", "-f", "json", txt.toString(), md.toString());
    Result lines = Cli.run("extract", "-f", "jsonl", txt.toString(), md.toString());
    Map<String, Object> single = json("extract", "-f", "json", txt.toString());

    assertEquals(0, array.code(), array::toString);
    assertEquals(0, lines.code(), lines::toString);
    List<Object> docs = MiniJson.array(MiniJson.parse(array.out()));
    assertEquals(2, docs.size());
    assertEquals(2, lines.outLines().size(), lines.out());
    for (int i = 0; i < 2; i++) {
      assertEquals(docs.get(i), MiniJson.parse(lines.outLines().get(i)), "jsonl holds what json holds");
    }
    assertEquals(single, docs.get(0));
    assertEquals(md.toString(), MiniJson.object(docs.get(1)).get("source"));
    assertEquals("text/markdown", MiniJson.object(docs.get(1)).get("mediaType"));
    assertEquals(List.of("licx: 2 of 2 documents processed, 0 failed"), lines.errLines());
  }

  @Test
  void csvHasAHeaderAndOneRowPerClauseAgreeingWithJson() throws IOException {
    Path file = orchard();

    Result r = Cli.run("extract", "-f", "csv", file.toString());
    List<Map<String, Object>> clauses = clauses(json("extract", "-f", "json", file.toString()));

    assertEquals(0, r.code(), r::toString);
    List<List<String>> rows = parseCsv(r.out());
    assertEquals(List.of("source", "index", "start", "end", "section", "type", "category", "confidence",
        "alternative", "text"), rows.get(0));
    assertEquals(clauses.size() + 1, rows.size());
    for (int i = 0; i < clauses.size(); i++) {
      List<String> row = rows.get(i + 1);
      Map<String, Object> c = clauses.get(i);
      List<Object> alts = MiniJson.array(c.get("alternatives"));
      assertEquals(List.of(file.toString(), String.valueOf(c.get("index")), String.valueOf(c.get("start")),
          String.valueOf(c.get("end")), c.get("section"), c.get("type"), c.get("category"),
          String.format(Locale.ROOT, "%.3f", number(c.get("confidence"))),
          alts.isEmpty() ? "" : MiniJson.object(alts.get(0)).get("type"), c.get("text")), row);
    }
  }

  @Test
  void markdownHasADocumentHeadingAndATableRowPerClause() throws IOException {
    Path file = orchard();

    Result r = Cli.run("extract", "-f", "markdown", file.toString());
    List<Map<String, Object>> clauses = clauses(json("extract", "-f", "json", file.toString()));

    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.outLines();
    assertEquals("## " + file, lines.get(0));
    assertEquals("text/plain, " + Cli.read(file).length() + " characters, " + clauses.size() + " clauses.",
        lines.get(1));
    assertEquals("| # | Type | Category | Confidence | Section | Text |", lines.get(2));
    assertEquals("|---:|---|---|---:|---|---|", lines.get(3));
    List<String> rows = lines.subList(4, lines.size());
    assertEquals(clauses.size(), rows.size(), r.out());
    Pattern row = Pattern.compile("^\\| (\\d+) \\| ([a-z-]+) \\| ([a-z]+) \\| (\\d\\.\\d\\d) \\| .* \\|$");
    for (int i = 0; i < rows.size(); i++) {
      Matcher m = row.matcher(rows.get(i));
      assertTrue(m.matches(), rows.get(i));
      Map<String, Object> c = clauses.get(i);
      assertEquals(String.valueOf(c.get("index")), m.group(1));
      assertEquals(c.get("type"), m.group(2));
      assertEquals(c.get("category"), m.group(3));
    }
  }

  // ---- --spdx -------------------------------------------------------------------------------

  @Test
  void spdxReadsABundledLicenseWithoutAFile() {
    Map<String, Object> doc = json("extract", "-f", "json", "--spdx", "MIT");

    assertEquals("spdx:MIT", doc.get("source"));
    assertEquals("text/plain", doc.get("mediaType"));
    List<Map<String, Object>> clauses = clauses(doc);
    List<Map<String, Object>> disclaimers =
        clauses.stream().filter(c -> c.get("type").equals("warranty-disclaimer")).toList();
    assertFalse(disclaimers.isEmpty(), clauses.toString());
    for (Map<String, Object> d : disclaimers) {
      String disclaimer = (String) d.get("text");
      assertEquals(disclaimer.toUpperCase(Locale.ROOT), disclaimer, "a disclaimer is in the all-caps part: " + d);
      assertEquals("liability", d.get("category"));
    }
    assertTrue(clauses.stream().anyMatch(c -> c.get("type").equals("grant")), clauses.toString());
  }

  @Test
  void spdxTextSummaryNamesTheSourceAndListsTheDisclaimerUnderLiability() {
    Result r = Cli.run("extract", "--spdx", "mit");

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    Summary s = summary(r.out());
    assertEquals("spdx:MIT", s.source(), "the id is matched without regard to case and shown as listed");
    assertTrue(s.section("Liability").containsKey("warranty-disclaimer"), r.out());
  }

  @Test
  void anUnknownSpdxIdFailsInOneLineNamingIt() {
    Result r = Cli.run("extract", "--spdx", "no-such-license");

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals("", r.out());
    List<String> naming = r.errLines().stream().filter(l -> l.contains("no-such-license")).toList();
    assertEquals(1, naming.size(), r::toString);
    assertTrue(naming.get(0).startsWith("licx: spdx:no-such-license: "), naming.get(0));
    assertTrue(naming.get(0).contains("not an SPDX license id"), naming.get(0));
    assertEquals(List.of(naming.get(0), "licx: 0 of 1 document processed, 1 failed"), r.errLines());
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void aFileAndSpdxIdsAreProcessedTogetherInOrder() throws IOException {
    Path file = orchard();

    Result r = Cli.run("extract", "-f", "jsonl", "--spdx", "MIT", file.toString(), "--spdx", "no-such-license");

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    List<String> sources = r.outLines().stream()
        .map(l -> (String) MiniJson.object(MiniJson.parse(l)).get("source")).toList();
    assertEquals(List.of(file.toString(), "spdx:MIT"), sources, "files first, then the --spdx ids");
    List<String> err = r.errLines();
    assertEquals(2, err.size(), r::toString);
    assertTrue(err.get(0).startsWith("licx: spdx:no-such-license: "), err.get(0));
    assertEquals("licx: 2 of 3 documents processed, 1 failed", err.get(1));
  }

  @Test
  void withoutAnyInputItIsAUsageError() {
    Result r = Cli.run("extract");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.errLines().get(0).startsWith("licx: Missing input: ") && r.errLines().get(0).contains("--spdx"),
        r::toString);
  }

  // ---- errors -------------------------------------------------------------------------------

  @Test
  void aMissingModelFileIsAUsageErrorInOneLine() throws IOException {
    Path missing = dir.resolve("no-such-model.bin");

    Result r = Cli.run("extract", "--model", missing.toString(), "--spdx", "MIT");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(List.of("licx: " + missing + ": no such model file"), r.errLines());
    assertFalse(r.stackTrace(), r::toString);
    assertTrue(Cli.documentedExitCodes(Cli.run("extract", "--help").out()).contains(r.code()));
  }

  @Test
  void aFileThatIsNotAModelIsAUsageErrorInOneLine() throws IOException {
    Path notModel = Cli.write(dir.resolve("notes.bin"), "These are my notes, not a model.\n");

    Result r = Cli.run("extract", "--model", notModel.toString(), "--spdx", "MIT");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.errLines().get(0).startsWith("licx: " + notModel + ": cannot load the clause model"), r::toString);
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void aBadInputIsReportedAndTheOthersAreStillExtracted() throws IOException {
    Path good = orchard();
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path missing = dir.resolve("missing.txt");

    Result r = Cli.run("extract", "-f", "jsonl", missing.toString(), good.toString(), empty.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals(1, r.outLines().size(), r::toString);
    assertEquals(good.toString(), MiniJson.object(MiniJson.parse(r.outLines().get(0))).get("source"));
    List<String> err = r.errLines();
    assertEquals(3, err.size(), r::toString);
    assertTrue(err.get(0).startsWith("licx: " + missing + ": ") && err.get(0).contains("no such file"), err.get(0));
    assertTrue(err.get(1).startsWith("licx: " + empty + ": "), err.get(1));
    assertEquals("licx: 1 of 3 documents processed, 2 failed", err.get(2));
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void outputFileIsWrittenWithTheSameContentAsStdout() throws IOException {
    Path file = orchard();
    Path out = dir.resolve("clauses.json");

    Result toFile = Cli.run("extract", "-f", "json", "-o", out.toString(), file.toString());
    Result toStdout = Cli.run("extract", "-f", "json", file.toString());

    assertEquals(0, toFile.code(), toFile::toString);
    assertEquals("", toFile.out());
    assertEquals(toStdout.out(), Cli.read(out));
  }
}
