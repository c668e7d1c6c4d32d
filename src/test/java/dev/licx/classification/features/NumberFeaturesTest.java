package dev.licx.classification.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.licx.classification.ClauseClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFeaturesTest {

  private static List<String> numbers(String text) {
    return new ArrayList<>(new NumberFeatures().extractFeatures(ClauseClassifier.tokenize(text), null));
  }

  @Test
  void aNumberWithThousandsSeparatorsIsOneLargeNumber() {
    assertEquals(List.of("num=any", "num=large"), numbers("Above 700,000,000 monthly active users a fee is due."));
  }

  @Test
  void anUngroupedLargeNumberIsLarge() {
    assertEquals(List.of("num=any", "num=large"), numbers("Above 2500000 readers a fee is due."));
  }

  @Test
  void smallNumbersAreNotLarge() {
    assertEquals(List.of("num=any"), numbers("Up to 12,500 seats are included."));
  }

  @Test
  void scaleWordsAndMoneyAreMarked() {
    assertEquals(List.of("num=any", "num=scale"), numbers("Services with 50 million monthly active users need a deal."));
    assertEquals(List.of("num=money", "num=any", "num=large"), numbers("Revenue above $1,000,000 triggers a royalty."));
    assertEquals(List.of("num=any", "num=money"), numbers("The fee is 300 euros."));
    assertEquals(List.of("num=money", "num=any", "num=scale"), numbers("Caps are USD 3 billion."));
  }

  @Test
  void periodsAreNumbersFollowedByATimeUnit() {
    assertEquals(List.of("num=any", "num=period"), numbers("Cure the breach within 30 days of notice."));
    assertEquals(List.of("num=any", "num=period"), numbers("The terms lapse after 3 years."));
  }

  @Test
  void percentagesAreMarked() {
    assertEquals(List.of("num=any", "num=percent"), numbers("Control means owning 50% of the shares."));
    assertEquals(List.of("num=any", "num=percent"), numbers("Control means owning 50 percent of the shares."));
  }

  @Test
  void listsOfSectionNumbersStaySeparateNumbers() {
    assertEquals(List.of("num=any", "num=any", "num=any"), numbers("Sections 10, 11 and 15 survive."));
  }

  @Test
  void textWithoutNumbersHasNoNumberFeatures() {
    assertEquals(List.of(), numbers("No figures appear in this sentence at all."));
  }
}
