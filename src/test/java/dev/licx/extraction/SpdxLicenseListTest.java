package dev.licx.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpdxLicenseListTest {

  @Test
  void theListIsLargeAndKeyedById() {
    Map<String, SpdxLicenseList.License> all = SpdxLicenseList.licenses();
    assertTrue(all.size() > 500, "licenses: " + all.size());
    all.forEach((id, l) -> assertEquals(id, l.id()));
    assertThrows(UnsupportedOperationException.class, () -> all.remove("MIT"));
  }

  @Test
  void mitIsListedWithItsText() {
    SpdxLicenseList.License mit = SpdxLicenseList.licenses().get("MIT");
    assertEquals("MIT License", mit.name());
    String text = SpdxLicenseList.text("MIT").orElseThrow();
    assertTrue(text.length() > 500, "length " + text.length());
    assertFalse(text.contains("\r"), "line endings are normalized");
  }

  @Test
  void idsAreMatchedWithoutRegardToCase() {
    assertEquals(Optional.of("MIT"), SpdxLicenseList.canonicalId("mit"));
    assertEquals(Optional.of("Apache-2.0"), SpdxLicenseList.canonicalId("APACHE-2.0"));
    assertEquals(Optional.of("GPL-2.0-only"), SpdxLicenseList.canonicalId("gpl-2.0-ONLY"));
    assertEquals(SpdxLicenseList.text("MIT"), SpdxLicenseList.text("mIt"));
    assertEquals(Optional.empty(), SpdxLicenseList.canonicalId("Orchard-1.1"));
    assertEquals(Optional.empty(), SpdxLicenseList.text("Orchard-1.1"));
  }

  @Test
  void osiApprovalIsRead() {
    assertTrue(SpdxLicenseList.licenses().get("MIT").osiApproved());
    assertTrue(SpdxLicenseList.licenses().get("Apache-2.0").osiApproved());
    assertFalse(SpdxLicenseList.licenses().get("CC-BY-NC-4.0").osiApproved());
    assertFalse(SpdxLicenseList.licenses().get("WTFPL").osiApproved());
  }

  @Test
  void extractGivesTheCanonicalSourceAndText() throws ExtractionException {
    ExtractedText t = SpdxLicenseList.extract("mit");
    assertEquals("spdx:MIT", t.source());
    assertEquals("text/plain", t.mediaType());
    assertEquals(SpdxLicenseList.text("MIT").orElseThrow(), t.text());
    assertEquals(List.of(), t.warnings());
  }

  @Test
  void anUnknownIdIsNotFound() {
    ExtractionException e = assertThrows(ExtractionException.class, () -> SpdxLicenseList.extract("Orchard-1.1"));
    assertEquals(ExtractionException.Reason.NOT_FOUND, e.reason());
    assertEquals("spdx:Orchard-1.1", e.source());
  }

  @Test
  void currentIdsLeaveOutDeprecatedIds() {
    List<String> current = SpdxLicenseList.currentIds();
    assertTrue(SpdxLicenseList.licenses().get("GPL-2.0").deprecated());
    assertFalse(current.contains("GPL-2.0"));
    assertTrue(current.contains("GPL-2.0-only"));
    assertTrue(current.contains("MIT"));
    long deprecated = SpdxLicenseList.licenses().values().stream().filter(SpdxLicenseList.License::deprecated).count();
    assertTrue(deprecated > 0);
    assertEquals(SpdxLicenseList.licenses().size() - deprecated, current.size());
    assertEquals(current.size(), current.stream().distinct().count());
  }
}
