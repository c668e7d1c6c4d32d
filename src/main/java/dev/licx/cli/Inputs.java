package dev.licx.cli;

import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.extraction.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's FILE arguments into the documents to process, in a stable order. */
final class Inputs {

  /** Most documents one run accepts; a directory argument can otherwise name millions of files. */
  static final int MAX_INPUTS = 200_000;

  /**
   * One document to process: a path, standard input ({@code name} "-"), or a license of the
   * bundled SPDX list ({@code spdxId} set).
   */
  record Input(Path path, String name, String spdxId) {
    Input(Path path, String name) {
      this(path, name, null);
    }

    static Input stdin() {
      return new Input(null, "-", null);
    }

    static Input spdx(String id) {
      return new Input(null, "spdx:" + id, id);
    }

    boolean isStdin() {
      return path == null && spdxId == null;
    }

    /** The document's text, read within the extractor's limits. */
    ExtractedText read(TextExtractor extractor, InputStream stdin) throws ExtractionException {
      if (spdxId != null) {
        return SpdxLicenseList.extract(spdxId);
      }
      return path == null ? extractor.extract(stdin, "-") : extractor.extract(path);
    }
  }

  private Inputs() {}

  /**
   * Files of a directory are found recursively, hidden ones skipped, links not followed, sorted by
   * path so that output is reproducible. A missing path is kept so the batch reports it.
   */
  static List<Input> expand(List<String> args) {
    List<Input> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        out.add(Input.stdin());
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p, f))
              .sorted()
              .forEach(f -> out.add(new Input(f, f.toString())));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(new Input(p, arg));
      }
      if (out.size() > MAX_INPUTS) {
        throw new IllegalArgumentException("more than " + MAX_INPUTS + " input files");
      }
    }
    return out;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
