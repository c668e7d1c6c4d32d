package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.ClauseType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedQueriesTest {

  @TempDir Path tmp;

  static SearchHit hit(String license, int start, int end, String hash) {
    return new SearchHit(license, license, "spdx:" + license, 0, ClauseType.OTHER, 1, "", 1f, "x", start, end,
        List.of(), List.of(), 0, hash);
  }

  private JudgedQueries load(String queries, String qrels) throws IOException {
    Path q = Files.writeString(tmp.resolve("queries.tsv"), queries, StandardCharsets.UTF_8);
    Path j = Files.writeString(tmp.resolve("qrels.tsv"), qrels, StandardCharsets.UTF_8);
    return JudgedQueries.load(q, j);
  }

  @Test
  void aHitMatchesAJudgmentByItsWordsOrByItsPlace() throws IOException {
    JudgedQueries j = load("# comment\nq1\tfee above a threshold\ta fee is due\n",
        "q1\tA\t100\t200\th1\t2\nq1\tB\t0\t50\th2\t0\n");
    assertEquals(1, j.queries().size());
    assertEquals(2, j.grade("q1", hit("Z", 0, 10, "h1")), "same words in another license");
    assertEquals(2, j.grade("q1", hit("A", 150, 260, "other")), "overlapping offsets after re-segmentation");
    assertEquals(0, j.grade("q1", hit("B", 10, 20, "x")));
    assertEquals(-1, j.grade("q1", hit("A", 200, 300, "x")), "touching but not overlapping is unjudged");
    assertEquals(-1, j.grade("q2", hit("A", 100, 200, "h1")));
  }

  @Test
  void idealGainsCountEachGroupOfIdenticalClausesOnce() throws IOException {
    JudgedQueries j = load("q1\tq\tc\n", "q1\tA\t0\t9\th1\t1\nq1\tB\t0\t9\th1\t2\nq1\tC\t0\t9\th2\t1\nq1\tD\t0\t9\th3\t0\n");
    assertEquals(List.of(2, 1), j.idealGains("q1"));
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() {
    IOException e = assertThrows(IOException.class, () -> load("q1\tq\tc\n", "q1\tA\t0\t9\th1\t1\nq1\tA\t0\n"));
    assertTrue(e.getMessage().endsWith("qrels.tsv:2: expected 6 tab-separated fields, found 3"), e.getMessage());
  }
}
