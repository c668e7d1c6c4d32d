package dev.licx.classification;

import java.util.Set;

/**
 * The 26 clause types of the taxonomy (shared/docs/taxonomy.md). Their ids are a contract: the
 * classifier's labels, the JSON output, the index and the corpus all use exactly these strings.
 */
public enum ClauseType {
  GRANT("grant", Category.PERMISSION,
      "grants copyright rights: use, copy, modify, merge, publish, distribute, sublicense, sell"),
  PATENT_GRANT("patent-grant", Category.PERMISSION,
      "grants a licence under patent claims, or scopes such a grant"),
  OUTPUT_RIGHTS("output-rights", Category.PERMISSION,
      "says who owns or may use what a model or program generates"),
  ATTRIBUTION("attribution", Category.CONDITION,
      "keep notices, include the licence text or NOTICE file, give credit, name derivatives after the original"),
  STATE_CHANGES("state-changes", Category.CONDITION,
      "modified files or versions must be marked or documented as changed"),
  SOURCE_DISCLOSURE("source-disclosure", Category.CONDITION,
      "distributing binaries or object code obliges making the source available"),
  SHARE_ALIKE("share-alike", Category.CONDITION,
      "derivatives must stay under the same (or a compatible) licence; no further restrictions"),
  NETWORK_USE("network-use", Category.CONDITION,
      "letting users interact over a network triggers the source obligation", 9),
  PASS_THROUGH("pass-through", Category.CONDITION,
      "the licensee must impose the licence, its use restrictions or an agreement downstream", 7),
  FIELD_OF_USE("field-of-use", Category.RESTRICTION,
      "prohibited purposes or users: harm, weapons, surveillance, acceptable-use policies", 5, 6),
  NON_COMMERCIAL("non-commercial", Category.RESTRICTION,
      "commercial use forbidden or reserved", 6, 1),
  USAGE_THRESHOLD("usage-threshold", Category.RESTRICTION,
      "user counts, revenue or scale above which rights lapse or a fee is due", 1, 5, 6),
  MODEL_TRAINING("model-training", Category.RESTRICTION,
      "bans or limits using the model, data or outputs to train or improve other models", 6, 3),
  NO_DERIVATIVES("no-derivatives", Category.RESTRICTION,
      "modification, derivative works or sharing modified versions forbidden", 3),
  HOSTED_SERVICE("hosted-service", Category.RESTRICTION,
      "forbids offering the work as a hosted service, selling it, or competing with the licensor", 6),
  EXPORT_CONTROL("export-control", Category.RESTRICTION,
      "export, sanctions and trade-law compliance", 5),
  TRADEMARK("trademark", Category.RESTRICTION,
      "no rights in names, marks or logos; limits on endorsement"),
  WARRANTY_DISCLAIMER("warranty-disclaimer", Category.LIABILITY,
      "provided as-is, no warranties, the user bears the risk"),
  LIABILITY_LIMITATION("liability-limitation", Category.LIABILITY,
      "no liability for damages, or caps on it"),
  INDEMNIFICATION("indemnification", Category.LIABILITY,
      "the licensee must defend, indemnify or compensate"),
  PATENT_RETALIATION("patent-retaliation", Category.LIABILITY,
      "the patent licence (or the whole licence) ends if the licensee sues over patents"),
  TERMINATION("termination", Category.LIABILITY,
      "when and how the licence ends, cure periods, what survives"),
  GOVERNING_LAW("governing-law", Category.LIABILITY,
      "governing law, jurisdiction, venue, arbitration"),
  ACCEPTANCE("acceptance", Category.OTHER,
      "how the licence is accepted: clicking, downloading, using", 10),
  DEFINITIONS("definitions", Category.OTHER, "defines a term"),
  OTHER("other", Category.OTHER,
      "titles, preambles, how-to-apply appendices, severability, entire agreement, contacts");

  private final String id;
  private final Category category;
  private final String description;
  private final Set<Integer> osdCriteria;

  ClauseType(String id, Category category, String description, Integer... osdCriteria) {
    this.id = id;
    this.category = category;
    this.description = description;
    this.osdCriteria = Set.of(osdCriteria);
  }

  public String id() {
    return id;
  }

  public Category category() {
    return category;
  }

  public String description() {
    return description;
  }

  /** Open Source Definition criteria (1-10) a clause of this type can conflict with. */
  public Set<Integer> osdCriteria() {
    return osdCriteria;
  }

  public static ClauseType fromId(String id) {
    for (ClauseType t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown clause type '" + id + "'");
  }
}
