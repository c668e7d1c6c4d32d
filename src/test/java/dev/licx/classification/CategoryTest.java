package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTest {

  @Test
  void idsAreTheLowerCaseNamesInSummaryOrder() {
    assertEquals(List.of("permission", "condition", "restriction", "liability", "other"),
        Arrays.stream(Category.values()).map(Category::id).toList());
  }

  @Test
  void headingsArePlural() {
    assertEquals(List.of("Permissions", "Conditions", "Restrictions", "Liability", "Other"),
        Arrays.stream(Category.values()).map(Category::heading).toList());
  }

  @Test
  void fromIdRoundTripsAndRejectsUnknownIds() {
    for (Category c : Category.values()) {
      assertSame(c, Category.fromId(c.id()));
    }
    assertThrows(IllegalArgumentException.class, () -> Category.fromId("Permission"));
    assertThrows(IllegalArgumentException.class, () -> Category.fromId("permissions"));
    assertThrows(IllegalArgumentException.class, () -> Category.fromId(""));
  }
}
