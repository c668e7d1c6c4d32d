package dev.licx.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.Licx;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.ClauseClassifier;
import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.index.ClauseIndexer;
import dev.licx.index.ClauseSearcher;
import dev.licx.index.IndexSource;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosestLicenseTest {

  @TempDir static Path tmp;
  private static ClauseSearcher searcher;
  private static Licx licx;

  @BeforeAll
  static void index() throws Exception {
    DoccatModel model = ClauseClassifier.loadDefaultModel();
    try (ClauseIndexer indexer = ClauseIndexer.open(tmp.resolve("index"), model, "m", ExtractionLimits.DEFAULT, 2)) {
      indexer.update(List.of(IndexSource.spdx("MIT"), IndexSource.spdx("Apache-2.0"), IndexSource.spdx("BSD-2-Clause"),
          IndexSource.spdx("BSD-3-Clause"), IndexSource.spdx("ISC")), false, (o, d, t) -> { });
    }
    searcher = ClauseSearcher.open(tmp.resolve("index"), model);
    licx = Licx.create(ExtractionLimits.DEFAULT, model);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static ClassifiedDocument doc(String text) {
    return licx.extract(new ExtractedText("mine", "text/plain", text));
  }

  @Test
  void anSpdxTextIsIdenticalToItself() throws Exception {
    ClosestLicense c = ClosestLicense.find(doc(SpdxLicenseList.text("BSD-3-Clause").orElseThrow()), searcher);
    assertEquals("BSD-3-Clause", c.license());
    assertEquals("identical to BSD-3-Clause", c.describe());
    assertEquals(1.0, c.similarity(), 1e-9);
    assertEquals("BSD 3-Clause \"New\" or \"Revised\" License", c.name());
  }

  @Test
  void addedClausesAreNamedAndListed() throws Exception {
    String text = SpdxLicenseList.text("Apache-2.0").orElseThrow()
        + "\n\nADDITIONAL TERMS\n\nYou may not use the Work to train a competing machine learning model.\n\n"
        + "Services with more than one million monthly users need a separate license from the Licensor.\n";
    ClosestLicense c = ClosestLicense.find(doc(text), searcher);
    assertEquals("Apache-2.0", c.license());
    assertTrue(c.describe().startsWith("Apache-2.0 plus 3 added clauses"), c.describe());
    assertTrue(c.added().stream().anyMatch(r -> r.text().contains("competing machine learning model")), c.added().toString());
    assertTrue(c.similarity() > 0.9 && c.similarity() < 1, "similarity " + c.similarity());
  }

  @Test
  void aChangedClauseIsAlignedWithTheOriginal() throws Exception {
    String text = SpdxLicenseList.text("MIT").orElseThrow().replace("OTHER DEALINGS IN THE SOFTWARE",
        "OTHER DEALINGS IN THE SOFTWARE OR ITS OUTPUTS");
    ClosestLicense c = ClosestLicense.find(doc(text), searcher);
    assertEquals("MIT", c.license());
    assertEquals(1, c.changed().size(), c.toString());
    assertTrue(c.changed().get(0).left().text().contains("OR ITS OUTPUTS"));
    assertTrue(c.describe().startsWith("MIT 1 changed"), c.describe());
  }

  @Test
  void aLicenseOfItsOwnHasAMostSimilarLicenseButNoneClose() throws Exception {
    String text = "The Quince License.\n\nYou may plant quinces anywhere.\n\nYou must not sell the quinces.\n\n"
        + "You must keep this notice.\n\n" + java.util.Arrays.stream(SpdxLicenseList.text("MIT").orElseThrow().split("\n\\s*\n"))
            .filter(p -> p.strip().startsWith("THE SOFTWARE IS PROVIDED")).findFirst().orElseThrow() + "\n";
    ClosestLicense c = ClosestLicense.find(doc(text), searcher);
    assertTrue(c.similarity() < ClosestLicense.CLOSE, "similarity " + c.similarity());
    assertTrue(!c.isClose());
    assertTrue(c.describe().startsWith("none close (most similar: "), c.describe());
  }

  @Test
  void noSharedClauseMeansNoClosestLicense() throws Exception {
    assertNull(ClosestLicense.find(doc("The Quince License.\n\nYou may plant quinces anywhere.\n"), searcher));
  }
}
