package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.licx.testing.SharedLicenses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClauseTypeTest {

  private static final Pattern ID = Pattern.compile("[a-z]+(?:-[a-z]+)*");

  @Test
  void thereAreExactly26Types() {
    assertEquals(26, ClauseType.values().length);
  }

  @Test
  void idsAreUniqueLowerCaseAndHyphenated() {
    Set<String> seen = new HashSet<>();
    for (ClauseType t : ClauseType.values()) {
      assertTrue(ID.matcher(t.id()).matches(), t.id());
      assertTrue(seen.add(t.id()), "duplicate id " + t.id());
      // The constant's name is the id in upper case, so code and data read alike.
      assertEquals(t.name(), t.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  @Test
  void fromIdRoundTrips() {
    for (ClauseType t : ClauseType.values()) {
      assertSame(t, ClauseType.fromId(t.id()));
    }
  }

  @Test
  void fromIdRejectsUnknownIds() {
    for (String bad : List.of("", "Grant", "GRANT", "patent_grant", "warranty", " grant", "grants")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClauseType.fromId(bad));
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void everyTypeHasACategoryADescriptionAndValidOsdCriteria() {
    for (ClauseType t : ClauseType.values()) {
      assertTrue(t.category() != null, t.id());
      assertFalse(t.description().isBlank(), t.id());
      for (int c : t.osdCriteria()) {
        assertTrue(c >= 1 && c <= 10, t.id() + " cites OSD " + c);
      }
    }
    // Types that keep a licence from being open source name the criteria they conflict with.
    assertTrue(ClauseType.USAGE_THRESHOLD.osdCriteria().containsAll(Set.of(5, 6)));
    assertTrue(ClauseType.NON_COMMERCIAL.osdCriteria().contains(6));
    assertTrue(ClauseType.GRANT.osdCriteria().isEmpty());
  }

  @Test
  void everyCategoryHasATypeAndTypesAreGroupedByCategory() {
    List<Category> order = new ArrayList<>();
    for (ClauseType t : ClauseType.values()) {
      if (order.isEmpty() || order.get(order.size() - 1) != t.category()) {
        order.add(t.category());
      }
    }
    // Declared in summary order: each category's types are contiguous, categories in their own order.
    assertEquals(Arrays.asList(Category.values()), order);
  }

  @Test
  void idsAndCategoriesEqualTheTaxonomyTable() throws IOException {
    SharedLicenses.assumeLicenses();
    Path taxonomy = SharedLicenses.shared().resolve("docs/taxonomy.md");
    assumeTrue(Files.isRegularFile(taxonomy), "no taxonomy at " + taxonomy);
    List<String> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(taxonomy, StandardCharsets.UTF_8)) {
      if (line.startsWith("| id | category |")) {
        inTable = true;
        continue;
      }
      if (inTable && line.startsWith("|---")) {
        continue;
      }
      if (inTable && !line.startsWith("|")) {
        break;
      }
      if (inTable) {
        String[] cells = line.split("\\|");
        rows.add(cells[1].strip() + " " + cells[2].strip());
      }
    }
    List<String> expected = new ArrayList<>();
    for (ClauseType t : ClauseType.values()) {
      expected.add(t.id() + " " + t.category().id());
    }
    assertEquals(26, rows.size(), "rows of the taxonomy table");
    assertEquals(rows, expected);
  }
}
