package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IndexSchemaTest {

  @Test
  void identicalWordsShareAHashWhateverTheTypesetting() {
    String plain = "You must keep every copyright line, as the Licensor wrote it.";
    assertEquals(IndexSchema.textHash(plain),
        IndexSchema.textHash("YOU MUST KEEP  every copyright line -- as the \u201cLicensor\u201d wrote it"));
    assertEquals(IndexSchema.textHash(plain), IndexSchema.textHash("you must keep every copyright\nline as the licensor wrote it"));
  }

  @Test
  void differentWordsDoNot() {
    assertNotEquals(IndexSchema.textHash("You may sublicense the Model."),
        IndexSchema.textHash("You may not sublicense the Model."));
  }
}
