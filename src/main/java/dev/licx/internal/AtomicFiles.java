package dev.licx.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files written whole or not at all: content goes to a temporary file beside the target, which
 * then replaces it in one rename, so a crash never leaves a half-written model or result.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * A temporary file beside {@code target}, readable by others like a normally created file
   * ({@code Files.createTempFile} alone makes it owner-only, and the rename would keep that).
   */
  public static Path tempBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      FileAttribute<?> perms = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));
      return Files.createTempFile(dir, ".licx-", ".tmp", perms);
    }
    return Files.createTempFile(dir, ".licx-", ".tmp");
  }

  /** Replaces {@code target} with {@code temp} in one step. */
  public static void replace(Path temp, Path target) throws IOException {
    Files.move(temp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path temp = tempBeside(target);
    try {
      Files.write(temp, bytes);
      replace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
