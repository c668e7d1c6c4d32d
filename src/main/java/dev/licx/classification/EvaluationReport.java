package dev.licx.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 of a classifier on labeled clauses: per type, macro-averaged over
 * types, and micro-averaged (for one label per clause, the same as accuracy).
 *
 * @param confusion counts of (gold, predicted) pairs, row = gold type, column = predicted type
 */
public record EvaluationReport(long[][] confusion) {

  /** Scores of one type. */
  public record TypeScores(ClauseType type, long support, long predicted, long correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return support == 0 ? 0 : (double) correct / support;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A cell off the diagonal: clauses of {@code gold} predicted as {@code predicted}. */
  public record Confusion(ClauseType gold, ClauseType predicted, long count) {}

  public static EvaluationReport empty() {
    int n = ClauseType.values().length;
    return new EvaluationReport(new long[n][n]);
  }

  public void add(ClauseType gold, ClauseType predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
  }

  public EvaluationReport plus(EvaluationReport other) {
    EvaluationReport sum = empty();
    for (int i = 0; i < confusion.length; i++) {
      for (int j = 0; j < confusion.length; j++) {
        sum.confusion[i][j] = confusion[i][j] + other.confusion[i][j];
      }
    }
    return sum;
  }

  public long count() {
    long n = 0;
    for (long[] row : confusion) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  public Map<ClauseType, TypeScores> perType() {
    Map<ClauseType, TypeScores> out = new EnumMap<>(ClauseType.class);
    for (ClauseType t : ClauseType.values()) {
      int i = t.ordinal();
      long support = 0;
      long predicted = 0;
      for (int j = 0; j < confusion.length; j++) {
        support += confusion[i][j];
        predicted += confusion[j][i];
      }
      out.put(t, new TypeScores(t, support, predicted, confusion[i][i]));
    }
    return out;
  }

  /** Mean F1 over the types that occur in the gold data. */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (TypeScores s : perType().values()) {
      if (s.support() > 0) {
        sum += s.f1();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Share of clauses given their gold type: micro-averaged F1 for single-label data. */
  public double microF1() {
    long correct = 0;
    for (int i = 0; i < confusion.length; i++) {
      correct += confusion[i][i];
    }
    long n = count();
    return n == 0 ? 0 : (double) correct / n;
  }

  /** The most frequent confusions, largest first. */
  public List<Confusion> topConfusions(int limit) {
    List<Confusion> all = new ArrayList<>();
    ClauseType[] types = ClauseType.values();
    for (int i = 0; i < types.length; i++) {
      for (int j = 0; j < types.length; j++) {
        if (i != j && confusion[i][j] > 0) {
          all.add(new Confusion(types[i], types[j], confusion[i][j]));
        }
      }
    }
    all.sort(Comparator.comparingLong(Confusion::count).reversed()
        .thenComparing(c -> c.gold().ordinal()).thenComparing(c -> c.predicted().ordinal()));
    return all.subList(0, Math.min(limit, all.size()));
  }
}
