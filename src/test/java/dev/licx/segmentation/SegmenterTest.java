package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.internal.Texts;
import dev.licx.testing.SharedLicenses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static Segmenter segmenter;
  private static String orchard;
  private static List<Segment> orchardSegments;

  @BeforeAll
  static void setUp() {
    segmenter = new Segmenter();
    orchard = SharedLicenses.resource("/fixtures/orchard-license.txt");
    orchardSegments = segmenter.segment(orchard);
  }

  private static List<Segment> segment(String text) {
    return segmenter.segment(text);
  }

  private static Segment containing(List<Segment> segments, String words) {
    return segments.stream().filter(s -> s.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no segment contains: " + words));
  }

  @Test
  void matchesTheHandAnnotatedSegmentationOfTheFixture() {
    Set<String> expected = SharedLicenses.resource("/fixtures/orchard-license.expected.tsv").lines()
        .filter(l -> !l.startsWith("start") && !l.isBlank())
        .map(l -> l.split("\t")[0] + "-" + l.split("\t")[1])
        .collect(Collectors.toSet());
    Set<String> actual = orchardSegments.stream().map(s -> s.start() + "-" + s.end())
        .collect(Collectors.toSet());
    assertEquals(expected, actual);
  }

  @Test
  void kindsMatchTheAnnotationForHeadingsAndItems() {
    Map<String, String> expected = new HashMap<>();
    SharedLicenses.resource("/fixtures/orchard-license.expected.tsv").lines()
        .filter(l -> !l.startsWith("start") && !l.isBlank())
        .forEach(l -> expected.put(l.split("\t")[0], l.split("\t")[2]));
    long agree = orchardSegments.stream()
        .filter(s -> s.kind().id().equals(expected.get(Integer.toString(s.start())))).count();
    // The title and closing line may be read as heading or line; everything else must agree.
    assertTrue(agree >= orchardSegments.size() - 3, agree + " of " + orchardSegments.size());
  }

  @Test
  void segmentTextIsTheSpanWithWhitespaceCollapsed() {
    for (Segment s : orchardSegments) {
      String span = orchard.substring(s.start(), s.end());
      assertEquals(Texts.collapseWhitespace(span), s.text(), "segment " + s.index());
      assertFalse(s.text().contains("\n"));
    }
  }

  @Test
  void indicesAreConsecutiveAndSpansOrderedWithoutOverlap() {
    int lastEnd = 0;
    for (int i = 0; i < orchardSegments.size(); i++) {
      Segment s = orchardSegments.get(i);
      assertEquals(i, s.index());
      assertTrue(s.start() >= lastEnd, "overlap at " + i);
      lastEnd = s.end();
    }
  }

  @Test
  void headingsBecomeTheSectionOfWhatFollows() {
    Segment threshold = containing(orchardSegments, "50 million monthly active users");
    assertEquals("6. Scale Threshold", threshold.section());
    Segment heading = containing(orchardSegments, "Scale Threshold");
    assertEquals(SegmentKind.HEADING, heading.kind());
    // A version line is not a heading: the preamble belongs to the title's section.
    Segment version = containing(orchardSegments, "Version 1.1, 14 March 2031");
    assertEquals(SegmentKind.LINE, version.kind());
    assertEquals("The Orchard Model License", containing(orchardSegments, "trains machine learning").section());
  }

  @Test
  void inlineHeadingIsSplitFromItsParagraph() {
    Segment heading = containing(orchardSegments, "3. Grant of Rights.");
    assertEquals("3. Grant of Rights.", heading.text());
    assertEquals(SegmentKind.HEADING, heading.kind());
    Segment body = orchardSegments.get(heading.index() + 1);
    assertTrue(body.text().startsWith("Subject to the terms of this License"), body.text());
    assertEquals("3. Grant of Rights", body.section());
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    Segment s = containing(orchardSegments, "U.S. export control laws");
    assertTrue(s.text().contains("e.g., the dual-use regulations"), s.text());
    Segment licensor = containing(orchardSegments, "\"Licensor\" means Pomona Systems Ltd.");
    assertTrue(licensor.text().contains("entry No. 5 of 2029"), licensor.text());
  }

  @Test
  void enumeratedItemsAndTheirLeadInAreSeparateSegments() {
    Segment leadIn = containing(orchardSegments, "You must not use the Model, a Derivative Model or any Output to:");
    Segment first = orchardSegments.get(leadIn.index() + 1);
    assertEquals(SegmentKind.ITEM, first.kind());
    assertTrue(first.text().startsWith("break any law"), first.text());
    // The bullet is outside the span.
    assertEquals('b', orchard.charAt(first.start()));
  }

  @Test
  void markdownAndPlainTextOfTheSameLicenseGiveTheSameSentences() {
    String md = SharedLicenses.resource("/fixtures/orchard-license.md");
    Set<String> fromText = orchardSegments.stream()
        .filter(s -> s.kind() == SegmentKind.SENTENCE).map(Segment::text).collect(Collectors.toSet());
    List<Segment> fromMd = segment(md);
    long same = fromMd.stream().filter(s -> s.kind() == SegmentKind.SENTENCE)
        .filter(s -> fromText.contains(s.text())).count();
    assertTrue(same >= 0.95 * fromText.size(), same + " of " + fromText.size());
    assertTrue(fromMd.stream().noneMatch(s -> s.text().contains("**") || s.text().startsWith("#")));
  }

  @Test
  void markdownHeadingsAreHeadingsWithoutTheirHashes() {
    List<Segment> segments = segment("# Sample License\n\n## 2. Use\n\nYou may use the Work.\n");
    assertEquals(List.of("Sample License", "2. Use", "You may use the Work."),
        segments.stream().map(Segment::text).toList());
    assertEquals(SegmentKind.HEADING, segments.get(1).kind());
    assertEquals("2. Use", segments.get(2).section());
    assertEquals(2, segments.get(0).start());
  }

  @Test
  void hardWrappedParagraphIsUnwrappedAndHyphenatedWordsRejoined() {
    String text = "The Licensee may copy the Work for any non-\n"
        + "commercial purpose, provided that every copy carries this\n"
        + "notice in a readable form. The Licensee may not sell copies\n"
        + "of the Work to any third party without written consent.\n";
    List<Segment> segments = segment(text);
    assertEquals(2, segments.size(), segments.toString());
    assertTrue(segments.get(0).text().contains("non-commercial purpose"), segments.get(0).text());
    assertTrue(segments.get(1).text().startsWith("The Licensee may not sell copies of the Work"));
  }

  @Test
  void wrappedReferenceToASectionNumberDoesNotStartAnItem() {
    String text = "Each recipient must follow the obligations described in Section\n"
        + "2.1 of this License and keep the notices intact at all times.\n"
        + "Nothing else is required of a recipient who receives a copy here.\n";
    assertEquals(2, segment(text).size(), segment(text).toString());
  }

  @Test
  void commentMarkersOfALicenseCopiedFromSourceCodeAreIgnored() {
    String text = "# Copyright (c) 2031 Example Maintainers\n#\n"
        + "# Permission is given to use and share this file, with or\n"
        + "# without changes, as long as this notice stays with it.\n";
    List<Segment> segments = segment(text);
    assertEquals(2, segments.size(), segments.toString());
    assertEquals(SegmentKind.LINE, segments.get(0).kind());
    assertEquals("Permission is given to use and share this file, with or without changes, as long as "
        + "this notice stays with it.", segments.get(1).text());
  }

  @Test
  void decorationLinesAndPageNumbersAreNotSegments() {
    List<Segment> segments = segment("FIRST PART\n==========\n\nThe Work is shared freely.\n\n- 2 -\n\n*****\n");
    assertEquals(List.of("FIRST PART", "The Work is shared freely."),
        segments.stream().map(Segment::text).toList());
  }

  @Test
  void runOnTextIsCutIntoBoundedSegments() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("and the licensee keeps copy ").append(i).append(", ");
    }
    List<Segment> segments = segment(b.toString());
    assertTrue(segments.size() > 10);
    for (Segment s : segments) {
      assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE, "segment of " + (s.end() - s.start()));
    }
  }

  @Test
  void emptyAndBlankTextHaveNoSegments() {
    assertEquals(List.of(), segment(""));
    assertEquals(List.of(), segment("  \n\n \t \n"));
  }

  @Test
  void headingRecognition() {
    List<String> headings = List.of("TERMS AND CONDITIONS", "1. Definitions.", "Section 4 - Redistribution",
        "ARTICLE II", "Limitation of Liability", "4.2 Marking Changes.");
    List<String> notHeadings = List.of("All rights reserved.", "You must:", "\"Model\" means the network.",
        "Copyright 2031 Example Maintainers", "see https://example.org/terms", "the Work, and");
    List<String> wrong = new ArrayList<>();
    headings.stream().filter(h -> !Segmenter.looksLikeHeading(h, false)).forEach(wrong::add);
    notHeadings.stream().filter(h -> Segmenter.looksLikeHeading(h, false)).forEach(wrong::add);
    assertEquals(List.of(), wrong);
  }
}
