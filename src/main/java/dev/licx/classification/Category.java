package dev.licx.classification;

import java.util.Locale;

/** The five groups clause types fall into, in the order a license summary lists them. */
public enum Category {
  PERMISSION("Permissions"),
  CONDITION("Conditions"),
  RESTRICTION("Restrictions"),
  LIABILITY("Liability"),
  OTHER("Other");

  private final String heading;

  Category(String heading) {
    this.heading = heading;
  }

  /** The id used in JSON and the index: {@code permission}, {@code condition}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The plural heading of a summary section. */
  public String heading() {
    return heading;
  }

  public static Category fromId(String id) {
    for (Category c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category '" + id + "'");
  }
}
