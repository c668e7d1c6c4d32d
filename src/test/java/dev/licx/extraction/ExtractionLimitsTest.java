package dev.licx.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {

  @Test
  void sizesReadAtEveryScaleNeverAsZeroMegabytes() {
    assertEquals("32.0 MB", ExtractionLimits.size(32L * 1024 * 1024));
    assertEquals("0.1 MB", ExtractionLimits.size(104_858));
    assertEquals("50.0 KB", ExtractionLimits.size(51_200));
    assertEquals("1000 bytes", ExtractionLimits.size(1000));
  }

  @Test
  void tooLargeNamesTheSizeTheLimitAndTheOption() {
    ExtractionLimits tiny = new ExtractionLimits(2048, 100, Duration.ofSeconds(1));
    ExtractionException e = tiny.tooLarge("a.txt", 5000);
    assertEquals(ExtractionException.Reason.TOO_LARGE, e.reason());
    assertEquals("file too large (4.9 KB; limit 2.0 KB, see --max-file-size)", e.getMessage());
  }
}
