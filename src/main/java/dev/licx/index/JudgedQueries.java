package dev.licx.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged query set: queries with the criterion a relevant clause meets, and judgments that name
 * clauses by license, offsets and text checksum (never by their words).
 *
 * <p>{@code queries.tsv}: {@code id TAB query TAB criterion}. {@code qrels.tsv}: {@code id TAB
 * license TAB start TAB end TAB textHash TAB grade}, grade 2 (answers the query squarely), 1
 * (answers it in part) or 0 (judged not relevant). Lines starting with {@code #} are comments.
 */
public record JudgedQueries(List<Query> queries, Map<String, List<Judgment>> judgments) {

  /** A query and what its answers do. */
  public record Query(String id, String text, String criterion) {}

  /** One judged clause. */
  public record Judgment(String license, int start, int end, String textHash, int grade) {

    /** Whether {@code hit} is this clause: the same words, or the same place in the same license. */
    boolean matches(SearchHit hit) {
      return textHash.equals(hit.textHash())
          || (license.equals(hit.license()) && hit.start() < end && start < hit.end());
    }
  }

  public JudgedQueries {
    queries = List.copyOf(queries);
    judgments = Map.copyOf(judgments);
  }

  public static JudgedQueries load(Path queries, Path qrels) throws IOException {
    List<Query> qs = new ArrayList<>();
    for (String[] f : rows(queries, 3)) {
      qs.add(new Query(f[0], f[1], f[2]));
    }
    Map<String, List<Judgment>> js = new LinkedHashMap<>();
    if (qrels != null && Files.exists(qrels)) {
      for (String[] f : rows(qrels, 6)) {
        js.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Judgment(f[1], Integer.parseInt(f[2]),
            Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5])));
      }
    }
    return new JudgedQueries(qs, js);
  }

  private static List<String[]> rows(Path file, int fields) throws IOException {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < fields) {
        throw new IOException(file + ":" + n + ": expected " + fields + " tab-separated fields, found " + f.length);
      }
      out.add(f);
    }
    return out;
  }

  /** The grade of {@code hit} for query {@code id}: the highest judgment it matches, or -1 when unjudged. */
  public int grade(String id, SearchHit hit) {
    int g = -1;
    for (Judgment j : judgments.getOrDefault(id, List.of())) {
      if (j.matches(hit)) {
        g = Math.max(g, j.grade());
      }
    }
    return g;
  }

  /** The ideal gains of query {@code id}, best first, one per group of identical clauses. */
  List<Integer> idealGains(String id) {
    Map<String, Integer> byGroup = new LinkedHashMap<>();
    for (Judgment j : judgments.getOrDefault(id, List.of())) {
      if (j.grade() > 0) {
        byGroup.merge(j.textHash(), j.grade(), Math::max);
      }
    }
    List<Integer> gains = new ArrayList<>(byGroup.values());
    gains.sort((a, b) -> b - a);
    return gains;
  }
}
