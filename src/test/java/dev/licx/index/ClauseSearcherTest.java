package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.Category;
import dev.licx.classification.ClauseType;
import dev.licx.extraction.ExtractionLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseSearcherTest {

  @TempDir static Path tmp;
  private static ClauseSearcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    Path txt = Fixtures.copy("orchard-license.txt", tmp, "orchard-license.txt");
    Path md = Fixtures.copy("orchard-license.md", tmp, "orchard-license.md");
    Path copy = Fixtures.copy("orchard-license.txt", tmp, "pomona-model-license.txt");
    Path dir = tmp.resolve("index");
    try (ClauseIndexer indexer = ClauseIndexer.open(dir, Fixtures.model(), "m", ExtractionLimits.DEFAULT, 2)) {
      indexer.update(List.of(IndexSource.file(txt), IndexSource.file(md), IndexSource.file(copy),
          IndexSource.spdx("MIT"), IndexSource.spdx("Apache-2.0"), IndexSource.spdx("BSD-3-Clause"),
          IndexSource.spdx("GPL-3.0-only")), false, (o, d, t) -> { });
    }
    searcher = ClauseSearcher.open(dir, Fixtures.model());
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void aParaphraseReachesTheClauseThroughItsPredictedType() {
    SearchResults r = searcher.search(SearchQuery.of("services with more users than a threshold").withLimit(3));
    assertEquals(ClauseType.USAGE_THRESHOLD, r.predicted().type());
    assertEquals(ClauseType.USAGE_THRESHOLD, r.hits().get(0).type(), r.hits().toString());
    assertTrue(r.hits().get(0).text().contains("monthly active users"), r.hits().get(0).text());
  }

  @Test
  void identicalClausesOfSeveralLicensesComeBackAsOneHit() {
    SearchResults r = searcher.search(SearchQuery.of("delete every copy of the Weights").withLimit(5));
    SearchHit top = r.hits().get(0);
    assertTrue(top.text().contains("delete every copy of the Weights"), top.text());
    Set<String> licenses = Set.of(top.license(), String.join(",", top.alsoIn()));
    assertEquals(Set.of("orchard-license", "pomona-model-license"), licenses);
    assertEquals(1, top.alsoInCount());
    assertEquals(1, r.hits().stream().filter(h -> h.textHash().equals(top.textHash())).count());
  }

  @Test
  void typeCategoryAndLicenseFiltersNarrowTheHits() {
    List<SearchHit> warranty = searcher.search(SearchQuery.of("software license")
        .withTypes(List.of(ClauseType.WARRANTY_DISCLAIMER)).withLimit(20)).hits();
    assertFalse(warranty.isEmpty());
    assertTrue(warranty.stream().allMatch(h -> h.type() == ClauseType.WARRANTY_DISCLAIMER), warranty.toString());

    List<SearchHit> liability = searcher.search(SearchQuery.of("license")
        .withCategories(List.of(Category.LIABILITY)).withLimit(20)).hits();
    assertTrue(liability.stream().allMatch(h -> h.type().category() == Category.LIABILITY));

    List<SearchHit> mit = searcher.search(SearchQuery.of("software").withLicenses(List.of("mit")).withLimit(20)).hits();
    assertFalse(mit.isEmpty());
    assertTrue(mit.stream().allMatch(h -> h.license().equals("MIT")), mit.toString());

    List<SearchHit> gnuOrApache = searcher.search(SearchQuery.of("license")
        .withLicenses(List.of("GPL-*", "apache*")).withLimit(30)).hits();
    assertEquals(Set.of("GPL-3.0-only", "Apache-2.0"),
        Set.copyOf(gnuOrApache.stream().map(SearchHit::license).toList()));
  }

  @Test
  void likeFindsTheSameClauseElsewhereAndLeavesTheStartingClauseOut() throws Exception {
    String clause = "If You cure the breach within 30 days after receiving the notice, Your rights continue as "
        + "though the breach had not happened.";
    SearchResults all = searcher.search(SearchQuery.like(clause).withLimit(3));
    SearchHit top = all.hits().get(0);
    assertEquals(ClauseType.TERMINATION, top.type());
    assertTrue(top.text().startsWith("If You cure the breach within 30 days"), top.text());

    SearchResults without = searcher.search(SearchQuery.like(clause).withLimit(3)
        .excluding(new SearchQuery.ClauseRef(shaOf(top.source()), top.start())));
    assertFalse(without.hits().stream().anyMatch(h -> h.license().equals(top.license()) && h.start() == top.start()));
  }

  private static String shaOf(String source) throws java.io.IOException {
    return dev.licx.internal.Hashing.sha256(java.nio.file.Files.readAllBytes(Path.of(source)));
  }

  @Test
  void queryWordsAreHighlightedInTheirInflectedForms() {
    SearchHit hit = searcher.search(SearchQuery.of("warranty").withLicenses(List.of("MIT")).withLimit(1)).hits().get(0);
    List<String> marked = hit.highlights().stream().map(s -> hit.text().substring(s.start(), s.end())).toList();
    assertTrue(marked.contains("WARRANTY") && marked.contains("WARRANTIES"), marked.toString());
  }

  @Test
  void aQueryOfStopWordsOnlyFindsNothingQuietly() {
    SearchResults r = searcher.search(SearchQuery.of("the of and"));
    assertTrue(r.hits().isEmpty());
    assertEquals(0, r.matches());
  }

  @Test
  void plainBm25DoesNotReadTheQuery() {
    searcher.relevance(Relevance.BM25);
    try {
      SearchResults r = searcher.search(SearchQuery.of("monthly active users"));
      assertEquals(null, r.predicted());
      assertFalse(r.hits().isEmpty());
    } finally {
      searcher.relevance(Relevance.DEFAULT);
    }
  }

  @Test
  void readsAQueryAsTheTypeItAsksAboutNeverAsOther() throws Exception {
    assertEquals(ClauseType.MODEL_TRAINING, searcher.readQuery("ban on training other models with the outputs", null).type());
    assertEquals(ClauseType.INDEMNIFICATION, searcher.readQuery("you must indemnify the licensor", null).type());
    assertTrue(searcher.readQuery("Version 2.0", null).type() != ClauseType.OTHER);
  }

  @Test
  void countsDocumentsAndClauses() throws Exception {
    assertEquals(7, searcher.documents());
    assertTrue(searcher.clauses() > 300);
  }

  @Test
  void aMissingIndexIsSaidSo() {
    IndexException e = assertThrows(IndexException.class, () -> ClauseSearcher.open(tmp.resolve("nowhere"),
        Fixtures.model()));
    assertEquals(IndexException.Reason.MISSING, e.reason());
    assertNotNull(e.getMessage());
    assertFalse(ClauseSearcher.exists(tmp.resolve("nowhere")));
  }
}
