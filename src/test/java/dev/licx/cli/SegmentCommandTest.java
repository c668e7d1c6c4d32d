package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Cli.Result;
import dev.licx.extraction.SpdxLicenseList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentCommandTest {

  private static final Set<String> KINDS = Set.of("heading", "sentence", "item", "line");
  private static final Pattern TEXT_ROW = Pattern.compile("^\\s*(\\d+)\\s+(\\d+)-(\\d+)\\s+(\\w+)\\s+(.+)$");

  @TempDir Path dir;

  private Path orchard() throws IOException {
    return Cli.fixture("orchard-license.txt", dir);
  }

  private static List<Map<String, Object>> segments(Map<String, Object> doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : MiniJson.array(doc.get("segments"))) {
      out.add(MiniJson.object(o));
    }
    return out;
  }

  private static int integer(Map<String, Object> m, String key) {
    return Math.toIntExact((Long) m.get(key));
  }

  @Test
  void textFormatListsEverySegmentWithOffsetsKindAndSection() throws IOException {
    Path file = orchard();
    String text = Cli.read(file);

    Result r = Cli.run("segment", file.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), "a single good document prints nothing on stderr");
    List<String> lines = r.outLines();
    Matcher header = Pattern.compile("^== (.+) \\(text/plain, (\\d+) characters, (\\d+) segments\\)$")
        .matcher(lines.get(0));
    assertTrue(header.matches(), lines.get(0));
    assertEquals(file.toString(), header.group(1));
    assertEquals(text.length(), Integer.parseInt(header.group(2)));

    List<String> rows = lines.stream().filter(l -> TEXT_ROW.matcher(l).matches()).toList();
    assertEquals(Integer.parseInt(header.group(3)), rows.size(), "one row per segment announced");
    Matcher first = TEXT_ROW.matcher(rows.get(0));
    assertTrue(first.matches());
    assertEquals("0", first.group(1));
    assertEquals("heading", first.group(4));
    assertEquals("The Orchard Model License", first.group(5));
    assertEquals("The Orchard Model License",
        text.substring(Integer.parseInt(first.group(2)), Integer.parseInt(first.group(3))));
    for (String row : rows) {
      Matcher m = TEXT_ROW.matcher(row);
      assertTrue(m.matches());
      assertTrue(KINDS.contains(m.group(4)), row);
      assertEquals(Cli.normalize(text.substring(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))),
          m.group(5), "the row's text is the file text at its offsets");
    }
    assertTrue(rows.stream().anyMatch(l -> l.matches(".*\\bheading\\s+6\\. Scale Threshold\\.?$")), "headings are rows");
  }

  @Test
  void jsonHasTheDocumentFieldsAndSegmentsWhoseOffsetsPointIntoTheFile() throws IOException {
    Path file = orchard();
    String text = Cli.read(file);

    Result r = Cli.run("segment", "--format", "json", file.toString());

    assertEquals(0, r.code(), r::toString);
    Map<String, Object> doc = MiniJson.object(MiniJson.parse(r.out()));
    assertEquals(List.of("source", "mediaType", "characters", "segments"), List.copyOf(doc.keySet()));
    assertEquals(file.toString(), doc.get("source"));
    assertEquals("text/plain", doc.get("mediaType"));
    assertEquals((long) text.length(), doc.get("characters"));

    List<Map<String, Object>> segments = segments(doc);
    assertTrue(segments.size() > 50, "the Orchard license has well over 50 clauses: " + segments.size());
    int previousEnd = 0;
    for (int i = 0; i < segments.size(); i++) {
      Map<String, Object> s = segments.get(i);
      assertEquals(List.of("index", "text", "start", "end", "section", "kind"), List.copyOf(s.keySet()));
      assertEquals((long) i, s.get("index"));
      int start = integer(s, "start");
      int end = integer(s, "end");
      assertTrue(previousEnd <= start && start < end && end <= text.length(),
          "segment " + i + " at " + start + ".." + end + " after " + previousEnd);
      assertEquals(Cli.normalize(text.substring(start, end)), s.get("text"), "segment " + i);
      assertTrue(KINDS.contains((String) s.get("kind")), s.toString());
      assertTrue(s.get("section") instanceof String, s.toString());
      previousEnd = end;
    }
  }

  @Test
  void theSectionOfASegmentIsTheHeadingItStandsUnder() throws IOException {
    Result r = Cli.run("segment", "-f", "json", orchard().toString());

    assertEquals(0, r.code(), r::toString);
    List<Map<String, Object>> segments = segments(MiniJson.object(MiniJson.parse(r.out())));
    Map<String, Object> threshold = only(segments, "50 million monthly active users");
    String section = (String) threshold.get("section");
    assertTrue(section.contains("Scale Threshold"), section);
    Map<String, Object> heading = segments.stream()
        .filter(s -> s.get("kind").equals("heading") && integer(s, "end") <= integer(threshold, "start"))
        .reduce((a, b) -> b).orElseThrow();
    assertTrue(((String) heading.get("text")).startsWith(section),
        "the section is named by the nearest heading before the segment: " + heading + " / " + section);

    Map<String, Object> report = only(segments, "number of monthly active users of the service");
    assertTrue(((String) report.get("section")).contains("Hosted Services"), report.toString());
  }

  private static Map<String, Object> only(List<Map<String, Object>> segments, String words) {
    List<Map<String, Object>> found =
        segments.stream().filter(s -> ((String) s.get("text")).contains(words)).toList();
    assertEquals(1, found.size(), "segments containing '" + words + "': " + found);
    return found.get(0);
  }

  @Test
  void jsonForSeveralDocumentsIsAnArrayInArgumentOrder() throws IOException {
    Path txt = orchard();
    Path md = Cli.fixture("orchard-license.md", dir);

    Result r = Cli.run("segment", "--format=json", md.toString(), txt.toString());

    assertEquals(0, r.code(), r::toString);
    List<Object> docs = MiniJson.array(MiniJson.parse(r.out()));
    assertEquals(2, docs.size());
    assertEquals(md.toString(), MiniJson.object(docs.get(0)).get("source"));
    assertEquals("text/markdown", MiniJson.object(docs.get(0)).get("mediaType"));
    assertEquals(txt.toString(), MiniJson.object(docs.get(1)).get("source"));
    assertEquals(List.of("licx: 2 of 2 documents processed, 0 failed"), r.errLines());
  }

  @Test
  void jsonlWritesOneCompactObjectPerDocument() throws IOException {
    Path txt = orchard();
    Path html = Cli.fixture("orchard-license.html", dir);
    Path md = Cli.fixture("orchard-license.md", dir);

    Result r = Cli.run("segment", "-f", "jsonl", txt.toString(), html.toString(), md.toString());

    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().endsWith("\n"));
    List<String> lines = List.of(r.out().split("\n"));
    assertEquals(3, lines.size(), r.out());
    List<Path> expected = List.of(txt, html, md);
    for (int i = 0; i < 3; i++) {
      Map<String, Object> doc = MiniJson.object(MiniJson.parse(lines.get(i)));
      assertEquals(expected.get(i).toString(), doc.get("source"));
      assertFalse(segments(doc).isEmpty());
    }
    assertEquals("text/html", MiniJson.object(MiniJson.parse(lines.get(1))).get("mediaType"));
  }

  @Test
  void csvHasAHeaderAndOneRowPerSegmentAgreeingWithJson() throws IOException {
    Path file = orchard();
    List<Map<String, Object>> json =
        segments(MiniJson.object(MiniJson.parse(Cli.run("segment", "-f", "json", file.toString()).out())));

    Result r = Cli.run("segment", "-f", "csv", file.toString());

    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("source,index,start,end,kind,section,text\r\n"), "CRLF rows per RFC 4180");
    List<List<String>> rows = parseCsv(r.out());
    assertEquals(List.of("source", "index", "start", "end", "kind", "section", "text"), rows.get(0));
    assertEquals(json.size(), rows.size() - 1);
    for (int i = 0; i < json.size(); i++) {
      Map<String, Object> s = json.get(i);
      List<String> row = rows.get(i + 1);
      assertEquals(List.of(file.toString(), String.valueOf(s.get("index")), String.valueOf(s.get("start")),
          String.valueOf(s.get("end")), (String) s.get("kind"), (String) s.get("section"), (String) s.get("text")),
          row);
    }
  }

  @Test
  void csvQuotesFieldsWithCommasAndQuotes() throws IOException {
    String sentence = "The fee is due, \"in full\", on the first day of each month.";
    Path file = Cli.write(dir.resolve("fees.txt"), sentence + " Late payment adds a small charge.\n");

    Result r = Cli.run("segment", "-f", "csv", file.toString());

    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains(",\"The fee is due, \"\"in full\"\", on the first day of each month.\"\r\n"),
        r.out());
    List<List<String>> rows = parseCsv(r.out());
    assertEquals(3, rows.size(), rows.toString());
    assertEquals(sentence, rows.get(1).get(6));
    assertEquals("0", rows.get(1).get(2));
    assertEquals(String.valueOf(sentence.length()), rows.get(1).get(3));
    assertEquals("Late payment adds a small charge.", rows.get(2).get(6));
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
        char next = i < csv.length() ? csv.charAt(i) : '\r';
        assertTrue(next == ',' || next == '\r', "a quoted field ends at a separator: offset " + i);
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

  @Test
  void markdownWritesATableRowPerSegmentAndEscapesPipes() throws IOException {
    Path file = Cli.write(dir.resolve("switch.txt"),
        "Pass the a|b switch to choose a mode. The default mode is fine for most readers.\n");

    Result r = Cli.run("segment", "--format", "markdown", file.toString());

    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.outLines();
    assertEquals("## " + file.toString().replace("\\", "\\\\"), lines.get(0), "a Markdown-escaped heading");
    assertTrue(lines.get(1).matches("text/plain, \\d+ characters, 2 segments\\."), lines.get(1));
    assertEquals("| # | Offsets | Kind | Section | Text |", lines.get(2));
    assertEquals("|---:|---|---|---|---|", lines.get(3));
    assertEquals("| 0 | 0-37 | sentence |  | Pass the a\\|b switch to choose a mode. |", lines.get(4));
    assertTrue(lines.get(5).startsWith("| 1 | 38-"), lines.get(5));
    assertEquals(6, lines.size());
  }

  @Test
  void markdownOfTheOrchardLicenseHasOneRowPerSegment() throws IOException {
    Result r = Cli.run("segment", "-f", "markdown", orchard().toString());

    assertEquals(0, r.code(), r::toString);
    Matcher m = Pattern.compile("(?m)^text/plain, \\d+ characters, (\\d+) segments\\.$").matcher(r.out());
    assertTrue(m.find(), r.out());
    long rows = r.outLines().stream().filter(l -> l.matches("\\| \\d+ \\| \\d+-\\d+ \\| \\w+ \\|.*\\|$")).count();
    assertEquals(Long.parseLong(m.group(1)), rows);
    for (String l : r.outLines()) {
      if (l.startsWith("| ") && !l.startsWith("| # ")) {
        assertEquals(7, l.split("(?<!\\\\)\\|", -1).length, "five cells between six pipes: " + l);
      }
    }
  }

  @Test
  void outputOptionWritesTheFileAndNothingToStdout() throws IOException {
    Path file = orchard();
    Path out = dir.resolve("out").resolve("segments.json");
    Cli.write(out, "old content\n");
    String stdoutRun = Cli.run("segment", "-f", "json", file.toString()).out();

    Result r = Cli.run("segment", "-f", "json", "-o", out.toString(), file.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals("", r.err());
    assertEquals(stdoutRun, Cli.read(out), "the file holds what stdout would have");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList(), "no temporary file is left beside the output");
    }
  }

  @Test
  void outputIntoAMissingDirectoryIsAOneLineError() throws IOException {
    Path file = orchard();
    Path out = dir.resolve("no-such-dir").resolve("segments.json");

    Result r = Cli.run("segment", "-o", out.toString(), file.toString());

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(List.of("licx: " + out + ": cannot write: no such directory: " + out.getParent()), r.errLines());
    assertFalse(Files.exists(out.getParent()));
  }

  @Test
  void outputOntoADirectoryIsAOneLineError() throws IOException {
    Path file = orchard();
    Path out = Files.createDirectory(dir.resolve("results"));

    Result r = Cli.run("segment", "-o", out.toString(), file.toString());

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(List.of("licx: " + out + ": cannot write: is a directory"), r.errLines());
    assertTrue(Files.isDirectory(out));
  }

  @Test
  void aDirectoryIsSearchedRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
    Path docs = dir.resolve("docs");
    Path b = Cli.write(docs.resolve("b.txt"), "The second file grants nothing. It only exists to be listed.\n");
    Path a = Cli.write(docs.resolve("a.txt"), "The first file grants nothing either. It is listed first.\n");
    Path c = Cli.write(docs.resolve("sub").resolve("c.md"), "# Nested\n\nA file one level down is found too.\n");
    Cli.write(docs.resolve(".notes.txt"), "A hidden file is skipped.\n");
    Cli.write(docs.resolve(".cache").resolve("d.txt"), "A file in a hidden directory is skipped.\n");
    Path single = Cli.write(dir.resolve("z-single.txt"), "A file named on the command line comes first.\n");

    Result r = Cli.run("segment", "-f", "jsonl", single.toString(), docs.toString());

    assertEquals(0, r.code(), r::toString);
    List<String> sources = r.outLines().stream()
        .map(l -> (String) MiniJson.object(MiniJson.parse(l)).get("source")).toList();
    assertEquals(List.of(single.toString(), a.toString(), b.toString(), c.toString()), sources);
    assertEquals(List.of("licx: 4 of 4 documents processed, 0 failed"), r.errLines());
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    byte[] bytes = Cli.fixtureBytes("orchard-license.txt");
    Path file = orchard();
    Map<String, Object> fromFile = MiniJson.object(MiniJson.parse(Cli.run("segment", "-f", "json", file.toString()).out()));

    Result r = Cli.run(bytes, "segment", "-f", "json", "-");

    assertEquals(0, r.code(), r::toString);
    Map<String, Object> fromStdin = MiniJson.object(MiniJson.parse(r.out()));
    assertEquals("-", fromStdin.get("source"));
    assertEquals("text/plain", fromStdin.get("mediaType"));
    assertEquals(fromFile.get("characters"), fromStdin.get("characters"));
    assertEquals(fromFile.get("segments"), fromStdin.get("segments"));
  }

  @Test
  void aBadFileInABatchIsReportedInOneLineAndTheOthersAreProcessed() throws IOException {
    Path good = orchard();
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    Path binary = Files.write(dir.resolve("blob.bin"), junk);
    Path missing = dir.resolve("missing.txt");
    Path md = Cli.fixture("orchard-license.md", dir);

    Result r = Cli.run("segment", "-f", "jsonl",
        good.toString(), empty.toString(), binary.toString(), missing.toString(), md.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    List<String> sources = r.outLines().stream()
        .map(l -> (String) MiniJson.object(MiniJson.parse(l)).get("source")).toList();
    assertEquals(List.of(good.toString(), md.toString()), sources);
    List<String> err = r.errLines();
    assertEquals(4, err.size(), r::toString);
    assertReason(err.get(0), empty, "empty");
    assertReason(err.get(1), binary, "unsupported");
    assertReason(err.get(2), missing, "no such file");
    assertEquals("licx: 2 of 5 documents processed, 3 failed", err.get(3));
    assertFalse(r.stackTrace(), r::toString);
  }

  private static void assertReason(String line, Path file, String reason) {
    String prefix = "licx: " + file + ": ";
    assertTrue(line.startsWith(prefix) && line.length() > prefix.length(), line);
    assertTrue(line.contains(reason), line + " should say " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"before", "after"})
  void debugAddsTheStackTrace(String where) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    List<String> debug = where.equals("before")
        ? List.of("--debug", "segment", empty.toString())
        : List.of("segment", "--debug", empty.toString());

    Result plain = Cli.run("segment", empty.toString());
    Result traced = Cli.run(debug.toArray(String[]::new));

    assertEquals(ExitCode.SOME_INPUTS_FAILED, plain.code(), plain::toString);
    assertFalse(plain.stackTrace(), plain::toString);
    assertEquals(ExitCode.SOME_INPUTS_FAILED, traced.code(), traced::toString);
    assertTrue(traced.stackTrace(), traced::toString);
    assertTrue(traced.err().startsWith(plain.errLines().get(0) + "\n"), traced::toString);
    assertTrue(traced.err().contains("ExtractionException"), traced::toString);
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    Result r = Cli.run("segment", "--format", "json");

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals("licx: Missing input: give a FILE, a directory, '-' or --spdx ID", r.errLines().get(0));
    assertFalse(r.stackTrace());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--max-file-size=-1", "--max-file-size=0", "--max-chars=0", "--max-chars=many",
      "--timeout=-5", "--format=xml", "--format=JSON"})
  void anInvalidOptionValueIsAUsageError(String option) throws IOException {
    Path file = orchard();

    Result r = Cli.run("segment", option, file.toString());

    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("", r.out());
    String name = option.substring(0, option.indexOf('='));
    assertTrue(r.errLines().get(0).contains(name), "the first line names the option: " + r.err());
    assertFalse(r.stackTrace(), r::toString);
  }

  @Test
  void aFileOverTheSizeLimitFails() throws IOException {
    Path file = orchard();
    assertTrue(Files.size(file) > 0.001 * 1024 * 1024);

    Result r = Cli.run("segment", "--max-file-size", "0.001", file.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertEquals("", r.out());
    List<String> err = r.errLines();
    assertEquals(2, err.size(), r::toString);
    assertTrue(err.get(0).startsWith("licx: " + file + ": file too large"), err.get(0));
    assertEquals("licx: 0 of 1 document processed, 1 failed", err.get(1));
  }

  @Test
  void textThatIsNotUtf8IsDecodedWithAWarning() throws IOException {
    byte[] latin1 = "The caf\u00e9 owner may copy this menu. Nobody else may.\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("menu.txt"), latin1);

    Result r = Cli.run("segment", "-f", "json", file.toString());

    assertEquals(0, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("licx: " + file + ": warning: ") && line.contains("not valid UTF-8"), line);
    Map<String, Object> doc = MiniJson.object(MiniJson.parse(r.out()));
    assertEquals(List.of(line.substring(("licx: " + file + ": warning: ").length())), doc.get("warnings"));
    assertTrue(((String) segments(doc).get(0).get("text")).contains("caf\u00e9"), doc.toString());
  }

  @Test
  void theExitCodesItReturnsAreTheOnesItsHelpDocuments() throws IOException {
    Path file = orchard();
    InputStream failing = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("simulated bug while reading");
      }
    };
    Set<Integer> returned = new TreeSet<>();
    returned.add(Cli.run("segment", file.toString()).code());
    returned.add(Cli.run(failing, "segment", "-").code());
    returned.add(Cli.run("segment", "--format", "xml", file.toString()).code());
    returned.add(Cli.run("segment", dir.resolve("missing.txt").toString()).code());

    Result help = Cli.run("segment", "--help");

    assertEquals(0, help.code());
    assertEquals(Set.of(0, 1, 2, 3), returned);
    assertEquals(returned, Cli.documentedExitCodes(help.out()));
  }

  @Test
  void spdxSegmentsABundledLicenseWithNoFileAndOffsetsIntoItsText() {
    String text = SpdxLicenseList.text("Apache-2.0").orElseThrow();

    Result r = Cli.run("segment", "-f", "json", "--spdx", "Apache-2.0");

    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    Map<String, Object> doc = MiniJson.object(MiniJson.parse(r.out()));
    assertEquals("spdx:Apache-2.0", doc.get("source"));
    assertEquals("text/plain", doc.get("mediaType"));
    assertEquals((long) text.length(), doc.get("characters"));
    List<Map<String, Object>> segments = segments(doc);
    assertTrue(segments.size() > 30, "a long license has many segments: " + segments.size());
    assertEquals("heading", segments.get(0).get("kind"));
    for (Map<String, Object> s : segments) {
      assertEquals(Cli.normalize(text.substring(integer(s, "start"), integer(s, "end"))), s.get("text"));
    }
  }

  @Test
  void spdxTextFormatNamesTheSourceAndAnUnknownIdFailsAlone() throws IOException {
    Path file = orchard();

    Result r = Cli.run("segment", "--spdx", "apache-2.0", "--spdx", "Not-A-License-9", file.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    List<String> headers = r.outLines().stream().filter(l -> l.startsWith("== ")).toList();
    assertEquals(2, headers.size(), r.out());
    assertTrue(headers.get(0).startsWith("== " + file + " (text/plain, "), headers.get(0));
    assertTrue(headers.get(1).startsWith("== spdx:Apache-2.0 (text/plain, "), headers.get(1));
    List<String> err = r.errLines();
    assertEquals(2, err.size(), r::toString);
    assertTrue(err.get(0).startsWith("licx: spdx:Not-A-License-9: not an SPDX license id"), err.get(0));
    assertEquals("licx: 2 of 3 documents processed, 1 failed", err.get(1));
  }
}
