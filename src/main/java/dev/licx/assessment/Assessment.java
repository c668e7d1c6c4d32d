package dev.licx.assessment;

import dev.licx.classification.Category;
import dev.licx.classification.ClauseType;
import java.util.List;
import java.util.Map;

/**
 * What {@code licx check} says of a license.
 *
 * @param source the document assessed
 * @param verdict one line: the criteria of concern, or that none was found
 * @param criteria the ten OSD criteria in order
 * @param summary the clause types found per category, with how many clauses of each
 * @param closest the most similar license of the SPDX list and how it differs, or null when not sought
 * @param warnings conditions met while reading the document that did not stop it
 */
public record Assessment(String source, String verdict, List<CriterionResult> criteria,
    Map<Category, Map<ClauseType, Integer>> summary, ClosestLicense closest, List<String> warnings) {

  public Assessment {
    criteria = List.copyOf(criteria);
    summary = Map.copyOf(summary);
    warnings = List.copyOf(warnings);
  }

  public boolean hasConcern() {
    return criteria.stream().anyMatch(c -> c.status() == CriterionResult.Status.CONCERN);
  }

  public Assessment withClosest(ClosestLicense c) {
    return new Assessment(source, verdict, criteria, summary, c, warnings);
  }
}
