package dev.licx.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSegmentationTest {

  @TempDir Path dir;

  @Test
  void readsHeaderAndSpans() throws IOException {
    Path f = dir.resolve("g.tsv");
    Files.writeString(f, "# source: spdx/text/X.txt\n# sha256: abc\n# chars: 40\nstart\tend\tkind\n"
        + "0\t12\theading\n14\t40\tsentence\n", StandardCharsets.UTF_8);
    GoldSegmentation g = GoldSegmentation.read(f);
    assertEquals("spdx/text/X.txt", g.source());
    assertEquals("abc", g.sha256());
    assertEquals(40, g.characters());
    assertEquals(new GoldSegmentation.Span(0, 12, SegmentKind.HEADING), g.segments().get(0));
    assertEquals(2, g.segments().size());
  }

  @Test
  void rejectsMalformedRowsWithTheirLineNumber() throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "# source: a.txt\n0\t12\tparagraph\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> GoldSegmentation.read(f));
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    Path noSource = dir.resolve("nosource.tsv");
    Files.writeString(noSource, "0\t12\theading\n", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> GoldSegmentation.read(noSource));
  }
}
