package dev.licx.cli;

import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.extraction.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Expands the command line's FILE arguments into the documents to process, in a stable order. */
final class Inputs {

  /** Most documents one run accepts; a directory argument can otherwise name millions of files. */
  static final int MAX_INPUTS = 200_000;

  /**
   * One document to process: a path, standard input ({@code name} "-"), or a license of the
   * bundled SPDX list ({@code spdxId} set).
   */
  record Input(Path path, String name, String spdxId, String error) {
    Input(Path path, String name) {
      this(path, name, null, null);
    }

    static Input stdin() {
      return new Input(null, "-", null, null);
    }

    static Input spdx(String id) {
      return new Input(null, "spdx:" + id, id, null);
    }

    /** A path that could not even be listed; reading it reports {@code error}. */
    static Input unreadable(Path path, String error) {
      return new Input(path, path.toString(), null, error);
    }

    boolean isStdin() {
      return path == null && spdxId == null;
    }

    /** The document's text, read within the extractor's limits. */
    ExtractedText read(TextExtractor extractor, InputStream stdin) throws ExtractionException {
      if (error != null) {
        throw new ExtractionException(name, ExtractionException.Reason.UNREADABLE, error);
      }
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
      Path p;
      try {
        p = Path.of(arg);
      } catch (InvalidPathException e) {
        out.add(new Input(null, arg, null, "not a valid path"));
        continue;
      }
      if (Files.isDirectory(p)) {
        walk(p, out);
      } else {
        out.add(new Input(p, arg));
      }
      if (out.size() > MAX_INPUTS) {
        throw new IllegalArgumentException("more than " + MAX_INPUTS + " input files");
      }
    }
    return out;
  }

  /**
   * Adds the regular files under {@code root}, sorted; a subdirectory or file that cannot be read
   * becomes an input that reports why, so one unreadable folder does not stop the batch.
   */
  private static void walk(Path root, List<Input> out) {
    List<Path> files = new ArrayList<>();
    List<Input> unreadable = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(file)) {
            files.add(file);
            if (files.size() > MAX_INPUTS) {
              throw new IllegalArgumentException("more than " + MAX_INPUTS + " input files");
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          unreadable.add(Input.unreadable(file, "cannot read: " + e.getClass().getSimpleName()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      unreadable.add(Input.unreadable(root, "cannot read: " + e.getMessage()));
    }
    files.sort(null);
    files.forEach(f -> out.add(new Input(f, f.toString())));
    out.addAll(unreadable);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
