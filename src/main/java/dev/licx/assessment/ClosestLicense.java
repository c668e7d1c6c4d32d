package dev.licx.assessment;

import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.index.ClauseSearcher;
import dev.licx.index.IndexSchema;
import dev.licx.index.IndexedClause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The license of the SPDX list most like a document, and how the document differs from it.
 *
 * @param license SPDX id
 * @param name SPDX name
 * @param similarity matched clauses over all clauses of both (changed ones counted by their
 *     similarity), 0 to 1
 * @param identical clauses the two share word for word
 * @param added clauses of the document the license does not have
 * @param changed clauses of the document aligned with a differently worded clause of the license
 * @param missing clauses of the license the document does not have
 */
public record ClosestLicense(String license, String name, double similarity, int identical, List<ClauseRef> added,
    List<ChangedClause> changed, List<ClauseRef> missing) {

  /** Below this similarity a license is the most similar one, but not a base the document was made from. */
  public static final double CLOSE = 0.5;

  /** Candidates compared clause by clause: the SPDX documents sharing most clauses word for word. */
  static final int CANDIDATES = 5;

  public ClosestLicense {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    missing = List.copyOf(missing);
  }

  /** Whether the document reads as this license with changes, rather than as a license of its own. */
  public boolean isClose() {
    return similarity >= CLOSE;
  }

  /**
   * "identical to MIT", "Apache-2.0 plus 2 added clauses, 1 changed", or, when not close, "none
   * close (most similar: Pixar)".
   */
  public String describe() {
    if (!isClose()) {
      return "none close (most similar: " + license + ")";
    }
    if (added.isEmpty() && changed.isEmpty() && missing.isEmpty()) {
      return "identical to " + license;
    }
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("plus " + count(added.size(), "added clause"));
    }
    if (!changed.isEmpty()) {
      parts.add(changed.size() + " changed");
    }
    if (!missing.isEmpty()) {
      parts.add(missing.size() + " missing");
    }
    return license + " " + String.join(", ", parts);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * The closest SPDX license in {@code searcher}'s index, or null when no SPDX license shares a
   * clause with the document word for word.
   */
  public static ClosestLicense find(ClassifiedDocument doc, ClauseSearcher searcher) throws IOException {
    List<ClauseRef> ours = doc.clauses().stream().map(ClauseRef::of).toList();
    List<String> hashes = doc.clauses().stream().map(Clause::text).map(IndexSchema::textHash).toList();
    Map<String, Integer> sharing = searcher.documentsSharing(hashes, "spdx:");
    List<String> candidates = sharing.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    ClosestLicense best = null;
    for (String key : candidates) {
      List<IndexedClause> theirs = searcher.clausesOf(key);
      List<ClauseRef> refs = theirs.stream()
          .map(c -> new ClauseRef(c.clause(), c.type(), c.text(), c.start(), c.end())).toList();
      Alignment a = Alignment.of(ours, refs);
      double s = a.similarity(ours.size(), refs.size());
      if (best == null || s > best.similarity()) {
        String license = key.substring("spdx:".length());
        best = new ClosestLicense(license, searcher.licenseName(key), s, a.identical().size(), a.onlyLeft(),
            a.changed(), a.onlyRight());
      }
    }
    return best;
  }

}
