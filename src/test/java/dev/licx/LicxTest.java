package dev.licx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.FormatParity;
import dev.licx.segmentation.Segmenter;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.testing.SharedLicenses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        licx.text(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-"));
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
    FormatParity.Report r = FormatParity.compare(spdx, SharedLicenses.holdout(), new TextExtractor(), new Segmenter());
    assertTrue(r.pairs().size() > 600, r.pairs().size() + " pairs");
    assertTrue(r.share() >= 0.95, r.identical() + " of " + r.segments() + " segment texts identical");
    for (String id : List.of("Apache-2.0", "BSD-3-Clause", "GPL-3.0-only", "AGPL-3.0-only", "LGPL-3.0-only",
        "Python-2.0", "AFL-3.0", "Artistic-1.0")) {
      FormatParity.Pair p = FormatParity.pair(id, licx.segment(spdx.resolve("text/" + id + ".txt")),
          licx.segment(spdx.resolve("html/" + id + ".html")));
      assertEquals(p.segments(), p.identical(), id);
    }
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
