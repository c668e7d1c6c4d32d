package dev.licx.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn in place; silent unless enabled. */
final class Progress {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private long lastDraw;

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled && total > 1;
  }

  /** Shown only on an interactive terminal: in a pipe or a log, the bar would be noise. */
  static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  void update(int done, String current) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) WIDTH * done / total);
    String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
    err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %-40s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, name));
    err.flush();
  }

  void finish() {
    if (enabled) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      err.flush();
    }
  }
}
