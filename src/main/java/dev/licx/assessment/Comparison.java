package dev.licx.assessment;

import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.ClauseType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Two licenses side by side, by clause type: which types only one has, and for each type the
 * clauses only one has and the pairs that changed. Clauses are aligned over the whole documents
 * first, so a clause whose type the classifier read differently in the two still pairs up; a
 * pair is listed under the type of its clause in the first document.
 *
 * @param left the first document's source
 * @param right the second document's source
 * @param similarity how alike the two are, 0 to 1 ({@link Alignment#similarity})
 * @param identical clauses the two share word for word
 * @param types every type either has, in taxonomy order
 */
public record Comparison(String left, String right, double similarity, int identical, List<TypeDiff> types) {

  /** Which of the two documents have clauses of a type. */
  public enum Presence {
    ONLY_LEFT,
    ONLY_RIGHT,
    BOTH;

    public String id() {
      return switch (this) {
        case ONLY_LEFT -> "only-a";
        case ONLY_RIGHT -> "only-b";
        case BOTH -> "both";
      };
    }
  }

  /**
   * One type in the comparison.
   *
   * @param type the clause type
   * @param presence which documents have it
   * @param identical clauses of this type the two share word for word
   * @param onlyLeft clauses only the first document has
   * @param onlyRight clauses only the second document has
   * @param changed aligned pairs worded differently
   */
  public record TypeDiff(ClauseType type, Presence presence, int identical, List<ClauseRef> onlyLeft,
      List<ClauseRef> onlyRight, List<ChangedClause> changed) {

    public TypeDiff {
      onlyLeft = List.copyOf(onlyLeft);
      onlyRight = List.copyOf(onlyRight);
      changed = List.copyOf(changed);
    }

    public boolean differs() {
      return !onlyLeft.isEmpty() || !onlyRight.isEmpty() || !changed.isEmpty();
    }
  }

  public Comparison {
    types = List.copyOf(types);
  }

  public static Comparison of(ClassifiedDocument a, ClassifiedDocument b) {
    List<ClauseRef> left = a.clauses().stream().map(ClauseRef::of).toList();
    List<ClauseRef> right = b.clauses().stream().map(ClauseRef::of).toList();
    Alignment al = Alignment.of(left, right);
    Map<ClauseType, int[]> counts = new EnumMap<>(ClauseType.class);
    left.forEach(c -> counts.computeIfAbsent(c.type(), k -> new int[2])[0]++);
    right.forEach(c -> counts.computeIfAbsent(c.type(), k -> new int[2])[1]++);
    Map<ClauseType, int[]> identical = new EnumMap<>(ClauseType.class);
    al.identical().forEach(p -> identical.computeIfAbsent(p[0].type(), k -> new int[1])[0]++);
    List<TypeDiff> types = new ArrayList<>();
    for (Map.Entry<ClauseType, int[]> e : counts.entrySet()) {
      ClauseType t = e.getKey();
      Presence presence = e.getValue()[0] > 0 && e.getValue()[1] > 0 ? Presence.BOTH
          : e.getValue()[0] > 0 ? Presence.ONLY_LEFT : Presence.ONLY_RIGHT;
      types.add(new TypeDiff(t, presence, identical.getOrDefault(t, new int[1])[0],
          al.onlyLeft().stream().filter(c -> c.type() == t).toList(),
          al.onlyRight().stream().filter(c -> c.type() == t).toList(),
          al.changed().stream().filter(c -> c.left().type() == t).toList()));
    }
    return new Comparison(a.source(), b.source(), al.similarity(left.size(), right.size()), al.identical().size(),
        types);
  }
}
