package dev.licx.extraction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.licx.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX License List bundled in {@code org.spdx:java-spdx-library}: every listed license's id,
 * name, OSI approval and text, available offline on any machine.
 */
public final class SpdxLicenseList {

  /** One entry of the list. */
  public record License(String id, String name, boolean osiApproved, boolean deprecated) {}

  private static final String ROOT = "/resources/stdlicenses/";
  private static volatile Map<String, License> licenses;

  private SpdxLicenseList() {}

  /** All listed licenses by id, in the list's order. */
  public static Map<String, License> licenses() {
    Map<String, License> l = licenses;
    if (l == null) {
      synchronized (SpdxLicenseList.class) {
        l = licenses;
        if (l == null) {
          l = load();
          licenses = l;
        }
      }
    }
    return l;
  }

  private static Map<String, License> load() {
    JsonObject root = read(ROOT + "licenses.json")
        .orElseThrow(() -> new IllegalStateException("SPDX license list missing from the class path"))
        .getAsJsonObject();
    Map<String, License> out = new LinkedHashMap<>();
    for (JsonElement e : root.getAsJsonArray("licenses")) {
      JsonObject o = e.getAsJsonObject();
      String id = o.get("licenseId").getAsString();
      out.put(id, new License(id, o.get("name").getAsString(), bool(o, "isOsiApproved"), bool(o, "isDeprecatedLicenseId")));
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean bool(JsonObject o, String key) {
    return o.has(key) && o.get(key).getAsBoolean();
  }

  /** The id as listed, matched without regard to case, or empty when the list has no such id. */
  public static Optional<String> canonicalId(String id) {
    if (licenses().containsKey(id)) {
      return Optional.of(id);
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return licenses().keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  /** The plain text of a listed license, line endings normalized. */
  public static Optional<String> text(String id) {
    return canonicalId(id)
        .flatMap(canonical -> read(ROOT + canonical + ".json"))
        .map(e -> e.getAsJsonObject().get("licenseText").getAsString())
        .map(Texts::normalizeNewlines);
  }

  /** A listed license as an extracted document, source {@code spdx:ID}. */
  public static ExtractedText extract(String id) throws ExtractionException {
    String canonical = canonicalId(id).orElseThrow(() -> new ExtractionException(
        "spdx:" + id, ExtractionException.Reason.NOT_FOUND, "not an SPDX license id (see https://spdx.org/licenses/)"));
    String text = text(canonical).orElseThrow(() -> new ExtractionException(
        "spdx:" + canonical, ExtractionException.Reason.NOT_FOUND, "no text bundled for this id"));
    return new ExtractedText("spdx:" + canonical, "text/plain", text);
  }

  /** Ids of all non-deprecated licenses. */
  public static List<String> currentIds() {
    List<String> ids = new ArrayList<>();
    licenses().values().stream().filter(l -> !l.deprecated()).forEach(l -> ids.add(l.id()));
    return ids;
  }

  private static Optional<JsonElement> read(String resource) {
    try (InputStream in = SpdxLicenseList.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Optional.of(JsonParser.parseReader(r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
