package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.licx.extraction.ExtractionLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEvaluatorTest {

  @TempDir Path tmp;

  @Test
  void scoresFollowTheirDefinitions() throws Exception {
    Path orchard = Fixtures.copy("orchard-license.txt", tmp, "orchard-license.txt");
    Path dir = tmp.resolve("index");
    try (ClauseIndexer indexer = ClauseIndexer.open(dir, Fixtures.model(), "m", ExtractionLimits.DEFAULT, 1)) {
      indexer.update(List.of(IndexSource.file(orchard), IndexSource.spdx("MIT")), false, (o, d, t) -> { });
    }
    try (ClauseSearcher searcher = ClauseSearcher.open(dir, Fixtures.model())) {
      String query = "warranty";
      List<SearchHit> ranking = searcher.search(SearchQuery.of(query).withLimit(10)).hits();
      // Judge only the second hit relevant (grade 1) and the first not: P@5 = 1/5, RR = 1/2,
      // nDCG@10 = (2^1 - 1) / log2(3) divided by the ideal (2^1 - 1) / log2(2).
      SearchHit first = ranking.get(0);
      SearchHit second = ranking.get(1);
      String qrels = String.join("\t", "q1", first.license(), "" + first.start(), "" + first.end(), first.textHash(), "0")
          + "\n" + String.join("\t", "q1", second.license(), "" + second.start(), "" + second.end(),
              second.textHash(), "1") + "\n";
      JudgedQueries judged = JudgedQueries.load(
          Files.writeString(tmp.resolve("q.tsv"), "q1\t" + query + "\tdisclaims warranties\n", StandardCharsets.UTF_8),
          Files.writeString(tmp.resolve("j.tsv"), qrels, StandardCharsets.UTF_8));

      SearchEvaluation e = new SearchEvaluator(judged).evaluate("default", searcher);
      assertEquals(0.2, e.precisionAt5(), 1e-9);
      assertEquals(0.5, e.mrr(), 1e-9);
      assertEquals(1 / (Math.log(3) / Math.log(2)), e.ndcgAt10(), 1e-9);
      assertEquals(0.2, e.judgedAt10(), 1e-9);
      assertEquals(1, e.queries().size());
    }
  }
}
