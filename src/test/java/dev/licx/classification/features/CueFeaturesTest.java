package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueFeaturesTest {

  private static List<String> cues(String text) {
    return new ArrayList<>(new CueFeatures().extractFeatures(ClauseClassifier.tokenize(text), null));
  }

  @Test
  void aNegatedModalIsAProhibition() {
    List<String> f = cues("You may not lend the kit to a neighbour.");
    assertTrue(f.contains("cue=neg-may"), f.toString());
    assertTrue(f.contains("cue=prohibition"), f.toString());
    assertFalse(f.contains("cue=may"), f.toString());
  }

  @Test
  void aPlainModalIsNoProhibition() {
    List<String> f = cues("The buyer may lend the kit to a neighbour.");
    assertEquals(List.of("cue=may"), f);
  }

  @Test
  void capitalsAndInNoEventCountAsNegation() {
    List<String> f = cues("THE SELLER SHALL IN NO EVENT OWE YOU ANYTHING.");
    assertTrue(f.contains("cue=neg-shall"), f.toString());
    assertTrue(f.contains("cue=prohibition"), f.toString());
    assertTrue(cues("Buyers must never repaint the kit.").contains("cue=neg-must"));
  }

  @Test
  void everyModalIsReported() {
    List<String> f = cues("The seller will ship and the buyer should check, and both agree to it.");
    assertTrue(f.containsAll(List.of("cue=will", "cue=should", "cue=agree")), f.toString());
  }

  @Test
  void missingPermissionIsACue() {
    assertTrue(cues("Nobody repaints the kit without permission from the maker.").contains("cue=without-permission"));
    assertTrue(cues("Repainting needs prior permission from the maker.").contains("cue=without-permission"));
    assertFalse(cues("The maker gives permission to repaint.").contains("cue=without-permission"));
  }

  @Test
  void aQuotedTermFollowedByMeansIsADefinition() {
    List<String> f = cues("\"Kit\" means the box of parts sold by the maker.");
    assertTrue(f.containsAll(List.of("cue=starts-quoted", "cue=quoted-term-means", "cue=early-means")), f.toString());
  }

  @Test
  void curlyQuotesAndShallMeanWorkToo() {
    List<String> f = cues("\u201cKit\u201d shall mean the box of parts sold by the maker.");
    assertTrue(f.containsAll(List.of("cue=starts-quoted", "cue=quoted-term-means", "cue=early-means")), f.toString());
  }

  @Test
  void refersToEarlyInTheSentenceIsADefinitionCue() {
    List<String> f = cues("In this page, kit refers to the box of parts.");
    assertTrue(f.contains("cue=early-means"), f.toString());
    assertFalse(f.contains("cue=starts-quoted"), f.toString());
  }

  @Test
  void meansLateInTheSentenceIsNoDefinitionCue() {
    List<String> f = cues("The buyer may assemble the kit in any order and with any tool and by any means.");
    assertFalse(f.contains("cue=early-means"), f.toString());
  }

  @Test
  void theLicenseeAsSubjectIsACue() {
    assertTrue(cues("You may repaint the kit.").contains("cue=subject-licensee"));
    assertTrue(cues("Licensee shall store the kit indoors.").contains("cue=subject-licensee"));
    assertTrue(cues("Recipient must keep the receipt.").contains("cue=subject-licensee"));
    assertFalse(cues("The maker ships the kit to you.").contains("cue=subject-licensee"));
  }

  @Test
  void emptyTextHasNoCues() {
    assertTrue(new CueFeatures().extractFeatures(new String[0], null).isEmpty());
  }
}
