package dev.licx.cli;

import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.index.ClauseIndexer;
import dev.licx.index.DocumentOutcome;
import dev.licx.index.IndexException;
import dev.licx.index.IndexReport;
import dev.licx.index.IndexSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One indexing run with the command line's reporting: a progress bar, one line per failure. */
final class IndexRun {

  private IndexRun() {}

  /** Every current license of the bundled SPDX License List. */
  static List<IndexSource> spdxSources() {
    List<IndexSource> out = new ArrayList<>();
    SpdxLicenseList.currentIds().forEach(id -> out.add(IndexSource.spdx(id)));
    return out;
  }

  static List<IndexSource> fileSources(List<Inputs.Input> inputs) {
    List<IndexSource> out = new ArrayList<>();
    for (Inputs.Input in : inputs) {
      out.add(in.error() != null ? IndexSource.failed(in.name(), in.error()) : IndexSource.file(in.path()));
    }
    return out;
  }

  /**
   * Indexes {@code sources} into {@code dir}, reporting failures and warnings on {@code err}.
   *
   * @throws IndexException when the index cannot be opened (locked, not an index)
   */
  static IndexReport run(Path dir, ModelOption.Loaded model, ExtractionLimits limits, int threads,
      List<IndexSource> sources, boolean prune, boolean progressBar, boolean debug, PrintWriter err)
      throws IndexException, IOException {
    try (ClauseIndexer indexer = ClauseIndexer.open(dir, model.model(), model.fingerprint(), limits, threads)) {
      if (indexer.rebuilding()) {
        err.println("licx: " + dir + ": written by another version of licx; rebuilding it");
      }
      Progress progress = new Progress(err, sources.size(), progressBar);
      IndexReport report = indexer.update(sources, prune, (outcome, done, total) -> {
        if (outcome.status() == DocumentOutcome.Status.FAILED) {
          progress.finish();
          err.println("licx: " + outcome.source() + ": " + outcome.error());
        }
        for (String w : outcome.warnings()) {
          progress.finish();
          err.println("licx: " + outcome.source() + ": warning: " + w);
        }
        if (outcome.status() == DocumentOutcome.Status.PRUNED && debug) {
          err.println("licx: " + outcome.source() + ": file gone, removed from the index");
        }
        progress.update(done, outcome.source());
      });
      progress.finish();
      return report;
    }
  }

  /**
   * Builds the SPDX index in {@code dir} when there is no index there yet, telling the user; the
   * commands that need an index (search, check) work on a fresh machine this way.
   */
  static void ensureIndex(Path dir, ModelOption.Loaded model, ExtractionLimits limits, boolean debug, PrintWriter err)
      throws IndexException, IOException {
    if (dev.licx.index.ClauseSearcher.exists(dir)) {
      return;
    }
    err.println("licx: no index at " + dir + "; indexing the SPDX License List first (once, a few seconds)");
    err.flush();
    IndexReport r = run(dir, model, limits, 2, spdxSources(), false, Progress.interactive(), debug, err);
    err.println("licx: " + summary(r, dir, "; "));
    err.flush();
  }

  /** Reports an index that cannot be opened, in one line (a stack trace only with --debug). */
  static int unavailable(IndexException e, PrintWriter err, boolean debug) {
    err.println("licx: " + e.getMessage());
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INDEX_UNAVAILABLE;
  }

  /** What the run did, then what the index holds, joined by {@code separator}. */
  static String summary(IndexReport r, Path dir, String separator) {
    double s = Math.max(r.elapsed().toNanos() / 1e9, 1e-9);
    int extracted = r.added() + r.replaced();
    String rates = extracted == 0 ? "" : String.format(Locale.ROOT,
        " (%.0f documents/s, %.0f clauses/s, %.2f MB/s)", extracted / s, r.clausesWritten() / s, r.bytesRead() / 1e6 / s);
    return String.format(Locale.ROOT, "%d added, %d replaced, %d unchanged, %d failed, %d pruned in %.1f s%s",
        r.added(), r.replaced(), r.unchanged(), r.failed(), r.pruned(), s, rates) + separator
        + String.format(Locale.ROOT, "index %s: %d documents, %d clauses", dir, r.documents(), r.clauses());
  }
}
