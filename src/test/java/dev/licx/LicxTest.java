package dev.licx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.ExtractionException;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.testing.SharedLicenses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicxTest {

  private final Licx licx = Licx.create();

  @Test
  void segmentsAFileAStreamAndAString(@TempDir Path dir) throws Exception {
    String text = SharedLicenses.resource("/fixtures/orchard-license.txt");
    Path file = dir.resolve("LICENSE");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    SegmentedDocument fromFile = licx.segment(file);
    SegmentedDocument fromStream = licx.segment(
        licx.extract(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-"));
    SegmentedDocument fromString = licx.segment(text, "inline");
    assertEquals(fromFile.segments(), fromStream.segments());
    assertEquals(fromFile.segments(), fromString.segments());
    assertEquals(text.length(), fromFile.characters());
    assertEquals("-", fromStream.source());
  }

  @Test
  void everyAiModelLicenseIsSegmented() throws IOException {
    Path ai = SharedLicenses.assumeLicenses().resolve("ai");
    List<String> failures = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.list(ai)) {
      for (Path p : s.sorted().toList()) {
        files++;
        try {
          SegmentedDocument doc = licx.segment(p);
          if (doc.segments().size() < 3) {
            failures.add(p.getFileName() + ": only " + doc.segments().size() + " segments");
          }
        } catch (ExtractionException e) {
          failures.add(p.getFileName() + ": " + e.getMessage());
        }
      }
    }
    assertEquals(104, files);
    assertEquals(List.of(), failures);
  }

  /**
   * SPDX publishes each license as plain text and as HTML; both must cut into the same segments.
   * Some pairs differ in their words (placeholders, typography), so the target is on all pairs
   * pooled, and exact on well-known licenses whose two versions say the same thing.
   */
  @Test
  void htmlAndTextOfTheSameSpdxLicenseGiveTheSameSegments() throws Exception {
    Path spdx = SharedLicenses.assumeLicenses().resolve("spdx");
    Set<String> holdout = SharedLicenses.holdout();
    long same = 0;
    long total = 0;
    try (Stream<Path> s = Files.list(spdx.resolve("text"))) {
      for (Path text : s.sorted().toList()) {
        String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
        Path html = spdx.resolve("html").resolve(id + ".html");
        if (!Files.exists(html) || holdout.contains("spdx/text/" + id + ".txt")) {
          continue;
        }
        long[] m = overlap(licx.segment(text), licx.segment(html));
        same += m[0];
        total += m[1];
      }
    }
    assertTrue(total > 10_000, total + " segments");
    assertTrue(same >= 0.95 * total, same + " of " + total + " segment texts identical");
    for (String id : List.of("Apache-2.0", "BSD-3-Clause", "GPL-3.0-only", "AGPL-3.0-only", "LGPL-3.0-only",
        "Python-2.0", "AFL-3.0", "Artistic-1.0")) {
      long[] m = overlap(licx.segment(spdx.resolve("text/" + id + ".txt")),
          licx.segment(spdx.resolve("html/" + id + ".html")));
      assertEquals(m[1], m[0], id);
    }
  }

  /** Identical segment texts (as multisets) and the larger segment count. */
  private static long[] overlap(SegmentedDocument a, SegmentedDocument b) {
    Map<String, Integer> counts = new HashMap<>();
    for (Segment s : a.segments()) {
      counts.merge(s.text(), 1, Integer::sum);
    }
    long same = 0;
    for (Segment s : b.segments()) {
      Integer c = counts.get(s.text());
      if (c != null && c > 0) {
        same++;
        counts.put(s.text(), c - 1);
      }
    }
    return new long[] {same, Math.max(a.segments().size(), b.segments().size())};
  }

  @Test
  void badInputIsAnExtractionExceptionNotACrash(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    ExtractionException e = org.junit.jupiter.api.Assertions.assertThrows(
        ExtractionException.class, () -> licx.segment(empty));
    assertEquals(ExtractionException.Reason.EMPTY, e.reason());
    assertFalse(e.getMessage().isBlank());
  }
}
