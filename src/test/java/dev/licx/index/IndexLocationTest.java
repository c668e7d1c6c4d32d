package dev.licx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLocationTest {

  @AfterEach
  void clear() {
    System.clearProperty(IndexLocation.PROPERTY);
  }

  @Test
  void propertyOverridesThePlatformDirectory(@TempDir Path dir) {
    System.setProperty(IndexLocation.PROPERTY, dir.toString());
    assertEquals(dir.resolve("index"), IndexLocation.defaultIndex());
  }

  @Test
  void defaultIsAPerUserDirectoryNamedLicx() {
    Path data = IndexLocation.dataDirectory();
    if (System.getenv(IndexLocation.ENVIRONMENT) == null) {
      assertTrue(data.endsWith("licx"), data.toString());
      assertTrue(data.startsWith(Path.of(System.getProperty("user.home"))) || System.getenv("XDG_DATA_HOME") != null
          || System.getenv("LOCALAPPDATA") != null, data.toString());
    }
    assertEquals("index", IndexLocation.defaultIndex().getFileName().toString());
  }
}
