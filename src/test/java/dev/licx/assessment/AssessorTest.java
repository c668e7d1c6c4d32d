package dev.licx.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.Licx;
import dev.licx.classification.Category;
import dev.licx.classification.ClauseType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessorTest {

  private final Assessor assessor = new Assessor();

  private static Set<Integer> concerns(Assessment a) {
    return a.criteria().stream().filter(c -> c.status() == CriterionResult.Status.CONCERN)
        .map(c -> c.criterion().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<Integer> concerns(ClauseType type, double confidence, String text) {
    return concerns(assessor.assess(new Docs().add(type, confidence, text).build("t")));
  }

  /** Assesses a one-clause document whose classification names a runner-up type. */
  private Assessment withRunnerUp(String text, ClauseType type, double confidence, ClauseType runnerUp,
      double runnerUpConfidence) {
    var clause = new dev.licx.classification.Clause(
        new dev.licx.segmentation.Segment(0, text, 0, text.length(), "", dev.licx.segmentation.SegmentKind.SENTENCE),
        new dev.licx.classification.Classification(type, confidence,
            List.of(new dev.licx.classification.Classification.Alternative(runnerUp, runnerUpConfidence))));
    return assessor.assess(new dev.licx.classification.ClassifiedDocument("t", "text/plain", text.length(),
        List.of(clause), List.of()));
  }

  @Test
  void theOrchardModelLicenseRaisesConcernsUnderFiveAndSixWithItsClausesAsEvidence(@TempDir Path tmp)
      throws Exception {
    Path orchard = tmp.resolve("orchard-license.txt");
    try (var in = getClass().getResourceAsStream("/fixtures/orchard-license.txt")) {
      java.nio.file.Files.copy(in, orchard);
    }
    Assessment a = assessor.assess(Licx.create().extract(orchard));
    assertTrue(concerns(a).containsAll(Set.of(5, 6)), concerns(a).toString());
    assertTrue(a.verdict().startsWith("concern under OSD "), a.verdict());
    List<Evidence> five = a.criteria().get(4).evidence();
    assertTrue(five.stream().anyMatch(e -> e.type() == ClauseType.USAGE_THRESHOLD
        && e.text().contains("monthly active users")), five.toString());
    List<Evidence> six = a.criteria().get(5).evidence();
    assertTrue(six.stream().anyMatch(e -> e.type() == ClauseType.MODEL_TRAINING), six.toString());
    assertEquals(10, a.criteria().size());
    assertTrue(a.summary().get(Category.RESTRICTION).containsKey(ClauseType.USAGE_THRESHOLD));
  }

  @Test
  void aPermissiveLicenseHasNoConcern() throws Exception {
    Assessment a = assessor.assess(Licx.create().extract(Licx.spdx("MIT")));
    assertEquals(Set.of(), concerns(a));
    assertFalse(a.hasConcern());
    assertTrue(a.verdict().startsWith("no concern"), a.verdict());
    assertEquals(Map.of(ClauseType.GRANT, 1), a.summary().get(Category.PERMISSION));
  }

  @Test
  void restrictionsMapToTheCriteriaTheyConflictWith() {
    assertEquals(Set.of(6), concerns(ClauseType.MODEL_TRAINING, 0.9,
        "You must not use the outputs to improve any other language model."));
    assertEquals(Set.of(5), concerns(ClauseType.USAGE_THRESHOLD, 0.9,
        "Companies with more than 10 million monthly users need a separate license."));
    assertEquals(Set.of(1, 5), concerns(ClauseType.USAGE_THRESHOLD, 0.9,
        "Above one million users a royalty of one cent per user is due."));
    assertEquals(Set.of(6), concerns(ClauseType.NON_COMMERCIAL, 0.9, "You may use the Work for non-commercial purposes only."));
    assertEquals(Set.of(3), concerns(ClauseType.NO_DERIVATIVES, 0.9, "You may not distribute modified versions of the Work."));
    assertEquals(Set.of(6), concerns(ClauseType.HOSTED_SERVICE, 0.9,
        "You may not provide the software to third parties as a managed service."));
    assertEquals(Set.of(5, 6), concerns(ClauseType.FIELD_OF_USE, 0.9, "No military or law enforcement use."));
    assertEquals(Set.of(6), concerns(ClauseType.FIELD_OF_USE, 0.9, "You may not use the Model to harm an individual."));
    assertEquals(Set.of(7), concerns(ClauseType.PASS_THROUGH, 0.9,
        "You must bind every recipient to the use restrictions of Attachment A."));
  }

  @Test
  void typesThatConflictOnlyInSomeWordingsAreReadClosely() {
    assertEquals(Set.of(), concerns(ClauseType.ACCEPTANCE, 0.95,
        "By clicking Accept, or by using or copying the Work, you agree to this License."));
    assertEquals(Set.of(10), concerns(ClauseType.ACCEPTANCE, 0.95,
        "You accept this License by clicking the I Accept button on the download page."));
    assertEquals(Set.of(), concerns(ClauseType.EXPORT_CONTROL, 0.95,
        "You must comply with all export laws and regulations, including embargoes."));
    assertEquals(Set.of(5), concerns(ClauseType.EXPORT_CONTROL, 0.95,
        "The Work may not be shipped to any embargoed country or to a sanctioned person."));
    assertEquals(Set.of(), concerns(ClauseType.PASS_THROUGH, 0.95,
        "Each recipient automatically receives a license under this Agreement."));
  }

  @Test
  void clausesThatPermitOrAreUnsureRaiseNothing() {
    assertEquals(Set.of(), concerns(ClauseType.NO_DERIVATIVES, 0.95, "b) to prepare derivative works based upon the Work;"));
    assertEquals(Set.of(), concerns(ClauseType.NO_DERIVATIVES, 0.95,
        "You may not attempt to alter or restrict the recipients' rights in the Source Code Form."));
    assertEquals(Set.of(), concerns(ClauseType.NON_COMMERCIAL, 0.95,
        "This license is intended to facilitate the commercial use of the Program."));
    assertEquals(Set.of(), concerns(ClauseType.HOSTED_SERVICE, 0.95, "You may not charge a fee for this Package itself."));
    assertEquals(Set.of(), concerns(ClauseType.FIELD_OF_USE, 0.95, "You may use the Work for any purpose."));
    assertEquals(Set.of(), concerns(ClauseType.MODEL_TRAINING, Assessor.MIN_CONFIDENCE - 0.01,
        "You must not use the outputs to train other models."));
  }

  @Test
  void wordingsThatRestrictWhateverTypeTheClauseGot() {
    assertEquals(Set.of(6), concerns(ClauseType.GRANT, 0.95,
        "The Licensor grants you a worldwide licence to use the Information for Non-Commercial purposes."));
    assertEquals(Set.of(6), concerns(ClauseType.OTHER, 0.5,
        "You may share the Material for NonCommercial purposes only."));
    assertEquals(Set.of(6), concerns(ClauseType.WARRANTY_DISCLAIMER, 0.99,
        "This software is not designed, licensed or intended for use in any nuclear facility."));
    assertEquals(Set.of(10), concerns(ClauseType.FIELD_OF_USE, 0.8,
        "The licenses granted extend only to software that runs on the Quince operating system."));
    assertEquals(Set.of(6), concerns(ClauseType.NON_COMMERCIAL, 0.95,
        "You may not exercise the rights in any manner primarily directed toward commercial advantage."));
    assertEquals(Set.of(), concerns(ClauseType.DEFINITIONS, 0.95,
        "\"NonCommercial\" means not primarily intended for commercial advantage; for non-commercial use only."));
  }

  @Test
  void aRunnerUpRestrictionCountsWhenTheClauseForbidsSomething() {
    assertEquals(Set.of(6), concerns(withRunnerUp("You may not offer the Work as a hosted service.",
        ClauseType.GRANT, 0.55, ClauseType.HOSTED_SERVICE, 0.4)));
  }

  @Test
  void aRunnerUpFieldOfUseBelowThirtyFivePercentRaisesNoConcern() {
    // A rule of interpretation says "shall not be used", yet bans no use of the work.
    String text = "No rule that reads an agreement against its drafter shall be used to read this License against a"
        + " contributor.";
    assertEquals(Set.of(), concerns(withRunnerUp(text, ClauseType.OTHER, 0.66, ClauseType.FIELD_OF_USE, 0.33)));
  }

  @Test
  void theVerdictCountsTheClausesBehindTheConcerns() {
    Assessment a = assessor.assess(new Docs()
        .add(ClauseType.GRANT, 0.9, "You may use the Model.")
        .add(ClauseType.FIELD_OF_USE, 0.9, "You may not use the Model for military purposes.")
        .add(ClauseType.NON_COMMERCIAL, 0.9, "Commercial use is not permitted.")
        .build("t"));
    assertEquals("concern under OSD 5, 6: 2 clauses may keep this license from meeting the Open Source Definition",
        a.verdict());
    assertEquals(List.of(1, 2), a.criteria().get(5).evidence().stream().map(Evidence::clause).toList());
  }
}
