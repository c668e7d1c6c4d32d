package dev.licx.cli;

import dev.licx.classification.ClauseCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --texts}: where a corpus's annotated license paths resolve; shared by the corpus commands. */
public final class TextsOption {

  @Option(names = "--texts", paramLabel = "DIR", defaultValue = "../shared/licenses",
      description = "Where annotated license paths resolve; SPDX texts also resolve from the bundled list "
          + "(default: ${DEFAULT-VALUE}).")
  Path texts;

  /** Loads a corpus directory and reports each annotation file it could not use on {@code err}. */
  ClauseCorpus load(Path corpus, PrintWriter err) throws IOException {
    ClauseCorpus data = ClauseCorpus.load(corpus, Files.isDirectory(texts) ? texts : null);
    data.problems().forEach(p -> err.println("licx: " + p));
    return data;
  }
}
