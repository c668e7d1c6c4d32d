package dev.licx.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document to index: a file, a license of the bundled SPDX list, or an input that could not
 * even be listed (indexing it reports {@code error}).
 *
 * @param name how messages name it
 * @param path the file, or null
 * @param spdxId the SPDX id, or null
 * @param error why the input is unusable, or null
 */
public record IndexSource(String name, Path path, String spdxId, String error) {

  public IndexSource {
    Objects.requireNonNull(name, "name");
  }

  public static IndexSource file(Path path) {
    return new IndexSource(path.toString(), path, null, null);
  }

  /** A license of the bundled SPDX list; the id is matched without regard to case. */
  public static IndexSource spdx(String id) {
    String canonical = dev.licx.extraction.SpdxLicenseList.canonicalId(id).orElse(id);
    return new IndexSource("spdx:" + canonical, null, canonical, null);
  }

  public static IndexSource failed(String name, String error) {
    return new IndexSource(name, null, null, error);
  }

  /** The key the index knows the document by: {@code spdx:ID} or the absolute, normalized path. */
  String key() {
    if (spdxId != null) {
      return "spdx:" + spdxId;
    }
    return path == null ? name : path.toAbsolutePath().normalize().toString();
  }
}
