package dev.licx.assessment;

import dev.licx.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs the clauses of two documents: identical words first, then the most similar remaining
 * pairs, greedily, down to {@link #MIN_SIMILARITY}. Similarity is the Jaccard index of the two
 * clauses' word sets, which ignores order and punctuation but not a word added or dropped.
 *
 * @param identical pairs with the same words
 * @param changed pairs worded differently
 * @param onlyLeft clauses of the first document with no counterpart
 * @param onlyRight clauses of the second document with no counterpart
 */
public record Alignment(List<ClauseRef[]> identical, List<ChangedClause> changed, List<ClauseRef> onlyLeft,
    List<ClauseRef> onlyRight) {

  /** Pairs less similar than this are not versions of one clause. */
  public static final double MIN_SIMILARITY = 0.4;
  /** Beyond this many clause pairs, only identical clauses are paired: the fuzzy pass is quadratic. */
  static final long MAX_PAIRS = 2_000_000;

  public static Alignment of(List<ClauseRef> left, List<ClauseRef> right) {
    boolean[] usedLeft = new boolean[left.size()];
    boolean[] usedRight = new boolean[right.size()];
    List<ClauseRef[]> identical = new ArrayList<>();
    List<String> rightHashes = right.stream().map(r -> IndexSchema.textHash(r.text())).toList();
    for (int i = 0; i < left.size(); i++) {
      String h = IndexSchema.textHash(left.get(i).text());
      for (int j = 0; j < right.size(); j++) {
        if (!usedRight[j] && rightHashes.get(j).equals(h)) {
          usedLeft[i] = true;
          usedRight[j] = true;
          identical.add(new ClauseRef[] {left.get(i), right.get(j)});
          break;
        }
      }
    }
    List<Set<String>> leftWords = left.stream().map(r -> words(r.text())).toList();
    List<Set<String>> rightWords = right.stream().map(r -> words(r.text())).toList();
    List<double[]> candidates = new ArrayList<>();
    boolean fuzzy = (long) left.size() * right.size() <= MAX_PAIRS;
    for (int i = 0; i < left.size() && fuzzy; i++) {
      if (usedLeft[i]) {
        continue;
      }
      for (int j = 0; j < right.size(); j++) {
        if (!usedRight[j]) {
          double s = similarity(leftWords.get(i), rightWords.get(j));
          if (s >= MIN_SIMILARITY) {
            candidates.add(new double[] {s, i, j});
          }
        }
      }
    }
    candidates.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
        : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
    List<ChangedClause> changed = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!usedLeft[i] && !usedRight[j]) {
        usedLeft[i] = true;
        usedRight[j] = true;
        changed.add(new ChangedClause(left.get(i), right.get(j), c[0]));
      }
    }
    changed.sort((a, b) -> Integer.compare(a.left().clause(), b.left().clause()));
    List<ClauseRef> onlyLeft = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      if (!usedLeft[i]) {
        onlyLeft.add(left.get(i));
      }
    }
    List<ClauseRef> onlyRight = new ArrayList<>();
    for (int j = 0; j < right.size(); j++) {
      if (!usedRight[j]) {
        onlyRight.add(right.get(j));
      }
    }
    return new Alignment(List.copyOf(identical), List.copyOf(changed), List.copyOf(onlyLeft), List.copyOf(onlyRight));
  }

  /** How alike two documents are: matched clauses (changed ones by their similarity) over all. */
  public double similarity(int leftSize, int rightSize) {
    double matched = identical.size() * 2.0;
    for (ChangedClause c : changed) {
      matched += 2 * c.similarity();
    }
    return leftSize + rightSize == 0 ? 1 : matched / (leftSize + rightSize);
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
