package dev.licx.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.licx.classification.ClauseType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static List<ClauseRef> refs(String... texts) {
    List<ClauseRef> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new ClauseRef(i, ClauseType.OTHER, texts[i], 0, texts[i].length()));
    }
    return out;
  }

  @Test
  void pairsIdenticalThenSimilarClausesAndLeavesTheRest() {
    Alignment a = Alignment.of(
        refs("You may copy the Work.", "Users above 700 million monthly active users need a license.",
            "This License is governed by the laws of Ireland."),
        refs("Users above 500 million monthly active users need a license.", "YOU MAY COPY THE WORK",
            "You must not use the outputs to improve other models."));
    assertEquals(1, a.identical().size());
    assertEquals(0, a.identical().get(0)[0].clause());
    assertEquals(1, a.identical().get(0)[1].clause());
    assertEquals(1, a.changed().size());
    assertEquals(1, a.changed().get(0).left().clause());
    assertEquals(0, a.changed().get(0).right().clause());
    assertEquals(List.of(2), a.onlyLeft().stream().map(ClauseRef::clause).toList());
    assertEquals(List.of(2), a.onlyRight().stream().map(ClauseRef::clause).toList());
  }

  @Test
  void similarityIsOneForTheSameDocumentAndFallsWithEachDifference() {
    List<ClauseRef> doc = refs("a b c", "d e f", "g h i");
    assertEquals(1.0, Alignment.of(doc, doc).similarity(3, 3), 1e-9);
    Alignment oneAdded = Alignment.of(refs("a b c", "d e f", "g h i", "x y z"), doc);
    assertEquals(6.0 / 7, oneAdded.similarity(4, 3), 1e-9);
  }

  @Test
  void wordSimilarityIsTheJaccardIndex() {
    assertEquals(0.5, Alignment.similarity(Alignment.words("a b c"), Alignment.words("b c d")), 1e-9);
    assertEquals(1.0, Alignment.similarity(Alignment.words("A, b."), Alignment.words("a b")), 1e-9);
  }
}
