package dev.licx.assessment;

/** The ten criteria of the Open Source Definition, as {@code licx check} names them. */
public enum OsdCriterion {
  FREE_REDISTRIBUTION(1, "Free redistribution"),
  SOURCE_CODE(2, "Source code"),
  DERIVED_WORKS(3, "Derived works"),
  INTEGRITY(4, "Integrity of the author's source code"),
  NO_DISCRIMINATION_PERSONS(5, "No discrimination against persons or groups"),
  NO_DISCRIMINATION_FIELDS(6, "No discrimination against fields of endeavor"),
  DISTRIBUTION_OF_LICENSE(7, "Distribution of license"),
  NOT_PRODUCT_SPECIFIC(8, "License must not be specific to a product"),
  NO_RESTRICTION_ON_OTHER_SOFTWARE(9, "License must not restrict other software"),
  TECHNOLOGY_NEUTRAL(10, "License must be technology-neutral");

  private final int id;
  private final String title;

  OsdCriterion(int id, String title) {
    this.id = id;
    this.title = title;
  }

  public int id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static OsdCriterion of(int id) {
    for (OsdCriterion c : values()) {
      if (c.id == id) {
        return c;
      }
    }
    throw new IllegalArgumentException("no OSD criterion " + id);
  }
}
