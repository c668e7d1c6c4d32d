package dev.licx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldoutListTest {

  @TempDir Path tmp;

  @Test
  void readsPathsSkippingCommentsAndBlankLines() throws Exception {
    Path file = Files.writeString(tmp.resolve("holdout.txt"),
        "# reserved\nai/a.txt\n\n  spdx/text/B.txt  \n# ai/c.txt\n", StandardCharsets.UTF_8);
    assertEquals(Set.of("ai/a.txt", "spdx/text/B.txt"), HoldoutList.read(file));
  }

  @Test
  void anAbsentListHoldsNothingOut() throws Exception {
    assertEquals(Set.of(), HoldoutList.read(tmp.resolve("none.txt")));
  }

  @Test
  void theListSitsInDocsBesideTheTextsDirectory() {
    assertEquals(tmp.resolve("docs").resolve("holdout.txt"), HoldoutList.beside(tmp.resolve("licenses")));
  }
}
