package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.Classification;
import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseIndexerTest {

  @TempDir Path tmp;

  private IndexReport index(Path dir, String fingerprint, List<IndexSource> sources, boolean prune,
      List<DocumentOutcome> outcomes) throws Exception {
    try (ClauseIndexer indexer = ClauseIndexer.open(dir, Fixtures.model(), fingerprint, ExtractionLimits.DEFAULT, 2)) {
      return indexer.update(sources, prune, (o, done, total) -> outcomes.add(o));
    }
  }

  private IndexReport index(Path dir, List<IndexSource> sources) throws Exception {
    return index(dir, "model-a", sources, false, new ArrayList<>());
  }

  private static int hits(Path dir, String query) throws Exception {
    try (ClauseSearcher s = ClauseSearcher.open(dir, Fixtures.model())) {
      return s.search(SearchQuery.of(query).withLimit(50)).hits().size();
    }
  }

  @Test
  void indexesFilesAndSpdxLicensesThenSkipsThemWhenUnchanged() throws Exception {
    Path orchard = Fixtures.copy("orchard-license.txt", tmp, "orchard-license.txt");
    Path dir = tmp.resolve("index");
    List<IndexSource> sources = List.of(IndexSource.file(orchard), IndexSource.spdx("MIT"));

    IndexReport first = index(dir, sources);
    assertEquals(2, first.added());
    assertEquals(2, first.documents());
    assertTrue(first.clauses() > 100, "clauses: " + first.clauses());
    assertEquals(first.clauses(), first.clausesWritten());

    IndexReport second = index(dir, sources);
    assertEquals(0, second.added());
    assertEquals(2, second.unchanged());
    assertEquals(0, second.clausesWritten());
    assertEquals(first.clauses(), second.clauses());
  }

  @Test
  void aChangedFileHasItsClausesReplaced() throws Exception {
    Path orchard = Fixtures.copy("orchard-license.txt", tmp, "orchard-license.txt");
    Path dir = tmp.resolve("index");
    IndexReport before = index(dir, List.of(IndexSource.file(orchard)));
    assertEquals(0, hits(dir, "zorblaxes"));

    Files.writeString(orchard, "\nYou must plant three zorblaxes for every copy of the Weights You Distribute.\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    IndexReport after = index(dir, List.of(IndexSource.file(orchard)));
    assertEquals(1, after.replaced());
    assertEquals(1, after.documents());
    assertEquals(before.clauses() + 1, after.clauses());
    assertEquals(1, hits(dir, "zorblaxes"));
  }

  @Test
  void anotherClauseModelReextractsUnchangedFiles() throws Exception {
    Path orchard = Fixtures.copy("orchard-license.txt", tmp, "orchard-license.txt");
    Path dir = tmp.resolve("index");
    index(dir, List.of(IndexSource.file(orchard)));
    IndexReport again = index(dir, "model-b", List.of(IndexSource.file(orchard)), false, new ArrayList<>());
    assertEquals(1, again.replaced());
    assertEquals(0, again.unchanged());
  }

  @Test
  void pruneRemovesDocumentsWhoseFilesAreGone() throws Exception {
    Path kept = Fixtures.copy("orchard-license.txt", tmp, "kept.txt");
    Path gone = Fixtures.copy("orchard-license.md", tmp, "gone.md");
    Path dir = tmp.resolve("index");
    index(dir, List.of(IndexSource.file(kept), IndexSource.file(gone), IndexSource.spdx("MIT")));
    Files.delete(gone);

    List<DocumentOutcome> outcomes = new ArrayList<>();
    IndexReport pruned = index(dir, "model-a", List.of(), true, outcomes);
    assertEquals(1, pruned.pruned());
    assertEquals(2, pruned.documents());
    assertEquals(gone.toAbsolutePath().toString(), outcomes.get(0).source());
    assertEquals(DocumentOutcome.Status.PRUNED, outcomes.get(0).status());
  }

  @Test
  void badFilesAreReportedAndCountedWhileTheRestAreIndexed() throws Exception {
    Path good = Fixtures.copy("orchard-license.txt", tmp, "good.txt");
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    Path missing = tmp.resolve("missing.txt");
    Path dir = tmp.resolve("index");
    List<DocumentOutcome> outcomes = new ArrayList<>();
    IndexReport r = index(dir, "model-a", List.of(IndexSource.file(empty), IndexSource.file(good),
        IndexSource.file(missing), IndexSource.spdx("no-such-license")), false, outcomes);

    assertEquals(1, r.added());
    assertEquals(3, r.failed());
    assertEquals(List.of(DocumentOutcome.Status.FAILED, DocumentOutcome.Status.ADDED, DocumentOutcome.Status.FAILED,
        DocumentOutcome.Status.FAILED), outcomes.stream().map(DocumentOutcome::status).toList());
    assertEquals("no such file", outcomes.get(2).error());
    assertTrue(outcomes.get(0).error().contains("empty"), outcomes.get(0).error());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    Path big = Fixtures.copy("orchard-license.txt", tmp, "big.txt");
    ExtractionLimits tiny = new ExtractionLimits(1000, ExtractionLimits.DEFAULT_MAX_CHARS, ExtractionLimits.DEFAULT_TIMEOUT);
    List<DocumentOutcome> outcomes = new ArrayList<>();
    try (ClauseIndexer indexer = ClauseIndexer.open(tmp.resolve("index"), Fixtures.model(), "m", tiny, 1)) {
      IndexReport r = indexer.update(List.of(IndexSource.file(big)), false, (o, d, t) -> outcomes.add(o));
      assertEquals(1, r.failed());
    }
    assertTrue(outcomes.get(0).error().startsWith("file too large (") && outcomes.get(0).error().contains(
        "; limit 1000 bytes, see --max-file-size)"), outcomes.get(0).error());
  }

  @Test
  void aSecondWriterIsToldTheIndexIsLocked() throws Exception {
    Path dir = tmp.resolve("index");
    try (ClauseIndexer first = ClauseIndexer.open(dir, Fixtures.model(), "m", ExtractionLimits.DEFAULT, 1)) {
      IndexException e = assertThrows(IndexException.class,
          () -> ClauseIndexer.open(dir, Fixtures.model(), "m", ExtractionLimits.DEFAULT, 1));
      assertEquals(IndexException.Reason.LOCKED, e.reason());
      assertTrue(e.getMessage().contains("index is locked"), e.getMessage());
    }
  }

  @Test
  void aDirectoryWithOtherFilesIsNotTakenOver() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(dir.resolve("todo.txt"), "buy zorblaxes", StandardCharsets.UTF_8);
    IndexException e = assertThrows(IndexException.class,
        () -> ClauseIndexer.open(dir, Fixtures.model(), "m", ExtractionLimits.DEFAULT, 1));
    assertEquals(IndexException.Reason.NOT_AN_INDEX, e.reason());
    assertEquals(List.of("todo.txt"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void workNotCommittedIsDroppedAndTheLastCommitStaysUsable() throws Exception {
    Path orchard = Fixtures.copy("orchard-license.txt", tmp, "orchard-license.txt");
    Path dir = tmp.resolve("index");
    IndexReport committed = index(dir, List.of(IndexSource.file(orchard)));

    try (ClauseIndexer indexer = ClauseIndexer.open(dir, Fixtures.model(), "model-a", ExtractionLimits.DEFAULT, 1)) {
      Segment s = new Segment(0, "Half-written clause about zorblaxes.", 0, 36, "", SegmentKind.SENTENCE);
      indexer.write(new IndexSchema.DocumentInfo("k", "half", "Half", "half", "0"),
          List.of(new Clause(s, new Classification(ClauseType.OTHER, 1, List.of()))));
      // closed without a commit, as when the process dies
    }
    try (ClauseSearcher s = ClauseSearcher.open(dir, Fixtures.model())) {
      assertEquals(committed.clauses(), s.clauses());
      assertEquals(1, s.documents());
    }
    assertEquals(0, hits(dir, "zorblaxes"));
  }

  @Test
  void licenseIdIsTheSpdxIdWhenTheFileIsNamedAfterOne() {
    assertEquals("MIT", ClauseIndexer.licenseOf(Path.of("texts", "mit.txt")));
    assertEquals("Apache-2.0", ClauseIndexer.licenseOf(Path.of("Apache-2.0.html")));
    assertEquals("orchard-license", ClauseIndexer.licenseOf(Path.of("a", "orchard-license.md")));
  }

  @Test
  void licenseNameIsTheFirstLineWithWords() {
    assertEquals("The Orchard Model License", ClauseIndexer.title("\n\n# The Orchard Model License #\n\nText", "x"));
    assertEquals("fallback", ClauseIndexer.title("---\n2031\n", "fallback"));
  }
}
