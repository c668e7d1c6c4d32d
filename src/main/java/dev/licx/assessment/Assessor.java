package dev.licx.assessment;

import dev.licx.classification.Category;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Assesses a classified license against the ten OSD criteria. A criterion gets a concern when a
 * clause of a conflicting type ({@link ClauseType#osdCriteria()}) is classified with enough
 * confidence and, for the types that conflict only in some wordings, says the thing that
 * conflicts: a pass-through clause conflicts with criterion 7 only when it demands an agreement or
 * passes use restrictions on, an acceptance clause with 10 only when it is a click-through, an
 * export clause with 5 only when it bans countries or persons rather than stating the law.
 *
 * <p>A finding is evidence for a reader, not a verdict: every concern carries its clauses.
 */
public final class Assessor {

  /** Clauses classified less confidently than this raise no concern. */
  public static final double MIN_CONFIDENCE = 0.6;
  /**
   * Field of use is the type the classifier gives most often to clauses it cannot place (boiler-
   * plate fragments, list items of any kind), so it must be surer of it.
   */
  public static final double MIN_FIELD_OF_USE_CONFIDENCE = 0.75;
  /** Clauses classified less confidently than this are left out of the summary. */
  public static final double SUMMARY_CONFIDENCE = 0.5;

  /**
   * Kinds of licensee a field-of-use clause can shut out (criterion 5). Persons as the ones a use
   * may not harm ("harm an individual") do not count: that bans a use, not a user.
   */
  private static final Pattern PERSONS = Pattern.compile(
      "\\b(militar(y|ies)|law enforcement|governments?|government agenc(y|ies)|nationals?|countr(y|ies)"
          + "|competitors?|companies|corporations?|entit(y|ies) (that|which|whose))\\b");
  private static final Pattern FEE = Pattern.compile("\\b(fees?|royalt(y|ies)|pay|payment|paid)\\b");
  /** Rights that hang on another agreement or on restrictions passed on; "this Agreement" is the license itself. */
  private static final Pattern AGREEMENT = Pattern.compile(
      "\\b((use|usage|use-based) restrictions|acceptable use|(separate|additional|another|an|any|their|enforceable)"
          + " (\\w+ ){0,3}agreements?)\\b");
  private static final Pattern CLICK = Pattern.compile(
      "\\b(click(ing|s|ed)?|check ?box|tick(ing)?|i accept|i agree|click-?(through|wrap)|accept button)\\b");
  /** Acceptance that other acts give as well is not tied to an interface. */
  private static final Pattern OTHER_ACCEPTANCE = Pattern.compile(
      "\\bor (by )?(otherwise )?(copying|using|downloading|installing|accessing|distributing|use)\\b|\\bshould\\b");
  private static final Pattern BANNED_PARTIES = Pattern.compile(
      "\\b(embargo(ed|es)?|sanction(ed|s)?|denied part|prohibited part|restricted part|specially designated"
          + "|entity list|north korea|iran|cuba|syria|crimea)");
  /** An export clause that refers to the law states the law; only a ban of its own conflicts. */
  private static final Pattern LAW = Pattern.compile("\\b(laws?|regulations?|acts?|rules)\\b");
  /** A no-derivatives clause about the license's own text forbids changing the license, not the work. */
  private static final Pattern LICENSE_ITSELF = Pattern.compile(
      "(changing it is not allowed|verbatim copies of this licen[cs]e|(licen[cs]e|this) (document|text)"
          + "|modif\\w* (of )?(this|the) licen[cs]e|restrict\\w* (the )?recipients'? rights)");
  /** What every forbidding clause says in some form; a clause that permits has none of it. */
  private static final Pattern PROHIBITION = Pattern.compile(
      "\\b(not|no|never|nor|neither|only|prohibit\\w*|forbid\\w*|restrict\\w*|exclusively|solely|except|without"
          + "|refrain|limited to)\\b|n't\\b");
  /** Sentences that say a thing is not forbidden. */
  private static final Pattern NOT_A_PROHIBITION = Pattern.compile(
      "\\b(not (the )?intent|not intended to (prohibit|restrict|limit)|does not (prohibit|restrict|limit)"
          + "|nothing in this licen[cs]e (prohibits|restricts|limits)|intended to facilitate)\\b");
  /** Use for any purpose is a grant, unless the sentence goes on to make an exception. */
  private static final Pattern ANY_PURPOSE = Pattern.compile("\\b(any|all) (purposes?|usages?|uses?)\\b");
  private static final Pattern EXCEPTION = Pattern.compile("\\b(except|other than|but not|excluding)\\b");
  /** Wording that limits use to non-commercial purposes, whatever type the classifier gave the clause. */
  private static final Pattern NON_COMMERCIAL_ONLY = Pattern.compile(
      "\\b((non-?commercial) (purposes?|use|uses) only|(only|solely|exclusively) for non-?commercial (purposes?|use)"
          + "|not (be )?(used )?for (any )?commercial (purposes?|use)|commercial use (is|are) (not permitted|prohibited"
          + "|not allowed)|no commercial use)\\b");
  /** A grant of rights for some purposes only: the other purposes are not licensed. */
  private static final Pattern GRANT_FOR_PURPOSE = Pattern.compile(
      "\\bfor (your )?(non-?commercial|research|personal|evaluation|academic|educational|scientific)"
          + "( (and|or|,) ?(non-?commercial|research|personal|evaluation|academic|educational|scientific))*"
          + " (use|uses|purposes?)\\b");
  /** A license that extends only to one platform or kind of device is not technology-neutral. */
  private static final Pattern PLATFORM_ONLY = Pattern.compile(
      "\\b(only|solely|exclusively)\\b[^.;]{0,80}\\b(platforms?|operating systems?|windows|devices?|hardware)\\b");
  /** "Not licensed for use in ..." withholds a field of use, whatever type the sentence got. */
  private static final Pattern NOT_LICENSED_FOR = Pattern.compile(
      "\\bnot\\b[^.;]{0,40}\\blicensed\\b[^.;]{0,40}\\bfor use\\b");
  /** Selling a copy "by itself" is about the package alone, which the OSD allows a license to forbid. */
  private static final Pattern ITSELF = Pattern.compile("\\bitself\\b");
  /** A runner-up restriction type counts when this likely and the clause forbids something. */
  static final double ALTERNATIVE_CONFIDENCE = 0.35;
  private static final Pattern NON_COMMERCIAL_WORDING = Pattern.compile(
      "non-?commercial|\\bcommercial (advantage|purposes?|uses?|gain|exploitation|compensation|activit\\w*)"
          + "|\\b(personal|research|evaluation|academic|educational) (use|purposes?)");
  private static final Pattern SERVICE_WORDING = Pattern.compile(
      "\\b(services?|saas|host\\w*|managed|compet\\w*|cloud|platform|api)\\b");

  public Assessment assess(ClassifiedDocument doc) {
    Map<OsdCriterion, List<Evidence>> concerns = new EnumMap<>(OsdCriterion.class);
    for (Clause c : doc.clauses()) {
      String t = c.text().toLowerCase(Locale.ROOT);
      if (NOT_A_PROHIBITION.matcher(t).find()
          || (ANY_PURPOSE.matcher(t).find() && !EXCEPTION.matcher(t).find())) {
        continue;
      }
      boolean forbids = PROHIBITION.matcher(t).find();
      if (c.type() != ClauseType.DEFINITIONS && NON_COMMERCIAL_ONLY.matcher(t).find()) {
        add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c, "limits use to non-commercial purposes");
      }
      if (c.type() != ClauseType.DEFINITIONS && NOT_LICENSED_FOR.matcher(t).find()) {
        add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c, "says the work is not licensed for a use");
      }
      for (ClauseType type : types(c, forbids)) {
        check(concerns, c, type, t, forbids);
      }
    }
    List<CriterionResult> criteria = new ArrayList<>();
    for (OsdCriterion o : OsdCriterion.values()) {
      List<Evidence> e = concerns.getOrDefault(o, List.of());
      criteria.add(new CriterionResult(o, e.isEmpty() ? CriterionResult.Status.OK : CriterionResult.Status.CONCERN, e));
    }
    return new Assessment(doc.source(), verdict(criteria), criteria, summary(doc), null, doc.warnings());
  }

  /** The clause's type when confident, and its runner-up restriction types when it forbids something. */
  private static List<ClauseType> types(Clause c, boolean forbids) {
    List<ClauseType> out = new ArrayList<>(3);
    if (c.confidence() >= (c.type() == ClauseType.FIELD_OF_USE ? MIN_FIELD_OF_USE_CONFIDENCE : MIN_CONFIDENCE)) {
      out.add(c.type());
    }
    if (forbids) {
      for (var a : c.alternatives()) {
        if (a.confidence() >= ALTERNATIVE_CONFIDENCE && a.type().category() == Category.RESTRICTION) {
          out.add(a.type());
        }
      }
    }
    return out;
  }

  private static void check(Map<OsdCriterion, List<Evidence>> concerns, Clause c, ClauseType type, String t,
      boolean forbids) {
    switch (type) {
      case FIELD_OF_USE -> {
        if (PLATFORM_ONLY.matcher(t).find()) {
          add(concerns, OsdCriterion.TECHNOLOGY_NEUTRAL, c, "extends only to one platform or kind of device");
          return;
        }
        // Items of an acceptable-use list carry no "not" of their own: their lead-in says it.
        add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c, "forbids a purpose or field of use");
        if (PERSONS.matcher(t).find()) {
          add(concerns, OsdCriterion.NO_DISCRIMINATION_PERSONS, c, "names persons or groups it excludes");
        }
      }
      case GRANT -> {
        if (GRANT_FOR_PURPOSE.matcher(t).find()) {
          add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c, "grants its rights for some purposes only");
        }
      }
      case NON_COMMERCIAL -> {
        if (NON_COMMERCIAL_WORDING.matcher(t).find()) {
          add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c, "forbids or reserves commercial use");
          if (FEE.matcher(t).find()) {
            add(concerns, OsdCriterion.FREE_REDISTRIBUTION, c, "asks a fee for commercial use");
          }
        }
      }
      case USAGE_THRESHOLD -> {
        add(concerns, OsdCriterion.NO_DISCRIMINATION_PERSONS, c, "rights lapse for users above a size");
        if (FEE.matcher(t).find()) {
          add(concerns, OsdCriterion.FREE_REDISTRIBUTION, c, "a fee or royalty is due above a threshold");
        }
      }
      case MODEL_TRAINING -> {
        if (forbids) {
          add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c,
              "forbids using the work or its outputs to train or improve other models");
        }
      }
      case NO_DERIVATIVES -> {
        if (forbids && !LICENSE_ITSELF.matcher(t).find()) {
          add(concerns, OsdCriterion.DERIVED_WORKS, c, "forbids modification or derived works");
        }
      }
      case HOSTED_SERVICE -> {
        if ((forbids || SERVICE_WORDING.matcher(t).find()) && !ITSELF.matcher(t).find()) {
          add(concerns, OsdCriterion.NO_DISCRIMINATION_FIELDS, c,
              "forbids offering the work as a service or competing with the licensor");
        }
      }
      case PASS_THROUGH -> {
        if (AGREEMENT.matcher(t).find()) {
          add(concerns, OsdCriterion.DISTRIBUTION_OF_LICENSE, c,
              "recipients must accept an agreement or restrictions beyond the license");
        }
      }
      case ACCEPTANCE -> {
        if (CLICK.matcher(t).find() && !OTHER_ACCEPTANCE.matcher(t).find()) {
          add(concerns, OsdCriterion.TECHNOLOGY_NEUTRAL, c, "ties acceptance to a click-through interface");
        }
      }
      case EXPORT_CONTROL -> {
        if (BANNED_PARTIES.matcher(t).find() && !LAW.matcher(t).find()) {
          add(concerns, OsdCriterion.NO_DISCRIMINATION_PERSONS, c, "bars countries or listed persons");
        }
      }
      default -> {
        // the other types never conflict with a criterion
      }
    }
  }

  private static void add(Map<OsdCriterion, List<Evidence>> concerns, OsdCriterion o, Clause c, String reason) {
    List<Evidence> list = concerns.computeIfAbsent(o, k -> new ArrayList<>());
    if (list.stream().noneMatch(e -> e.clause() == c.index())) {
      list.add(Evidence.of(c, reason));
    }
  }

  static String verdict(List<CriterionResult> criteria) {
    List<CriterionResult> concerns = criteria.stream()
        .filter(c -> c.status() == CriterionResult.Status.CONCERN).toList();
    if (concerns.isEmpty()) {
      return "no concern: no clause found that conflicts with an Open Source Definition criterion";
    }
    long clauses = concerns.stream().flatMap(c -> c.evidence().stream()).mapToInt(Evidence::clause).distinct().count();
    return "concern under OSD " + concerns.stream().map(c -> Integer.toString(c.criterion().id()))
        .collect(Collectors.joining(", ")) + ": " + clauses + (clauses == 1 ? " clause" : " clauses")
        + " may keep this license from meeting the Open Source Definition";
  }

  /** Types found per category, in taxonomy order, for the clauses classified confidently enough. */
  static Map<Category, Map<ClauseType, Integer>> summary(ClassifiedDocument doc) {
    Map<Category, Map<ClauseType, Integer>> out = new EnumMap<>(Category.class);
    for (Clause c : doc.clauses()) {
      if (c.confidence() >= SUMMARY_CONFIDENCE && c.category() != Category.OTHER) {
        out.computeIfAbsent(c.category(), k -> new EnumMap<>(ClauseType.class)).merge(c.type(), 1, Integer::sum);
      }
    }
    return out;
  }
}
