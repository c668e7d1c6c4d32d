package dev.licx.index;

import java.util.ArrayList;
import java.util.List;

/** Runs a judged query set against a searcher and scores the rankings (trec_eval's definitions). */
public final class SearchEvaluator {

  private final JudgedQueries judged;

  public SearchEvaluator(JudgedQueries judged) {
    this.judged = judged;
  }

  public SearchEvaluation evaluate(String name, ClauseSearcher searcher) {
    List<SearchEvaluation.PerQuery> per = new ArrayList<>();
    double p5 = 0;
    double mrr = 0;
    double ndcg = 0;
    double judgedShare = 0;
    for (JudgedQueries.Query q : judged.queries()) {
      SearchResults r = searcher.search(SearchQuery.of(q.text()).withLimit(10));
      List<SearchHit> hits = r.hits();
      int relevantAt5 = 0;
      double rr = 0;
      double dcg = 0;
      int judgedCount = 0;
      for (int i = 0; i < hits.size(); i++) {
        int g = judged.grade(q.id(), hits.get(i));
        if (g >= 0) {
          judgedCount++;
        }
        int gain = Math.max(g, 0);
        if (gain > 0 && i < 5) {
          relevantAt5++;
        }
        if (gain > 0 && rr == 0) {
          rr = 1.0 / (i + 1);
        }
        dcg += (Math.pow(2, gain) - 1) / log2(i + 2);
      }
      double idcg = 0;
      List<Integer> ideal = judged.idealGains(q.id());
      for (int i = 0; i < Math.min(10, ideal.size()); i++) {
        idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
      }
      double n = idcg == 0 ? 0 : dcg / idcg;
      per.add(new SearchEvaluation.PerQuery(q.id(), q.text(), relevantAt5 / 5.0, rr, n, judgedCount / 10.0,
          r.predicted() == null ? "" : r.predicted().type().id()));
      p5 += relevantAt5 / 5.0;
      mrr += rr;
      ndcg += n;
      judgedShare += judgedCount / 10.0;
    }
    int k = Math.max(1, per.size());
    return new SearchEvaluation(name, per, p5 / k, mrr / k, ndcg / k, judgedShare / k);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
