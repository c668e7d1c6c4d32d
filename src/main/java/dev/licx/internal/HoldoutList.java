package dev.licx.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The list of files reserved for evaluation ({@code shared/docs/holdout.txt}): paths relative to
 * the license texts directory, one per line, {@code #} comments.
 */
public final class HoldoutList {

  private HoldoutList() {}

  /** Where the list sits for a license texts directory: {@code TEXTS/../docs/holdout.txt}. */
  public static Path beside(Path texts) {
    return texts.toAbsolutePath().getParent().resolve("docs").resolve("holdout.txt");
  }

  /** The held-out paths; an absent file holds nothing out. */
  public static Set<String> read(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
