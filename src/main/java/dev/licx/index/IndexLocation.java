package dev.licx.index;

import java.nio.file.Path;
import java.util.Locale;

/** Where the default index lives: a per-user data directory, so every project shares one. */
public final class IndexLocation {

  /** System property, then environment variable, that override the data directory. */
  public static final String PROPERTY = "licx.data";
  public static final String ENVIRONMENT = "LICX_DATA";

  private IndexLocation() {}

  /**
   * {@code $LICX_DATA/index}; else the platform's data directory: {@code $XDG_DATA_HOME/licx} or
   * {@code ~/.local/share/licx} on Linux, {@code ~/Library/Application Support/licx} on macOS,
   * {@code %LOCALAPPDATA%\licx} on Windows.
   */
  public static Path defaultIndex() {
    return dataDirectory().resolve("index");
  }

  public static Path dataDirectory() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit == null || explicit.isBlank()) {
      explicit = System.getenv(ENVIRONMENT);
    }
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    Path home = Path.of(System.getProperty("user.home"));
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = System.getenv("LOCALAPPDATA");
      return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("licx");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("licx");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("licx");
  }
}
