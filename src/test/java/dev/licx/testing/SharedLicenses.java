package dev.licx.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The real license texts beside the checkout ({@code ../shared}). They are data, not part of the
 * project: a fresh clone does not have them, so tests that need them skip; CI has them.
 */
public final class SharedLicenses {

  private SharedLicenses() {}

  /** The shared directory, from the {@code licx.shared} system property (set by the build). */
  public static Path shared() {
    return Path.of(System.getProperty("licx.shared", "../shared"));
  }

  public static Path licenses() {
    return shared().resolve("licenses");
  }

  /** Skips the calling test when the license texts are absent. */
  public static Path assumeLicenses() {
    Path dir = licenses();
    assumeTrue(Files.isDirectory(dir.resolve("spdx")), "no license texts at " + dir);
    return dir;
  }

  /** Paths (relative to the licenses directory) reserved for evaluation. */
  public static Set<String> holdout() {
    Path file = shared().resolve("docs/holdout.txt");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource as a string. */
  public static String resource(String name) {
    try (InputStream in = SharedLicenses.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
