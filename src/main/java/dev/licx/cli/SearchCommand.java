package dev.licx.cli;

import dev.licx.Licx;
import dev.licx.classification.Category;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;
import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.extraction.TextExtractor;
import dev.licx.index.ClauseSearcher;
import dev.licx.index.IndexException;
import dev.licx.index.IndexLocation;
import dev.licx.index.SearchQuery;
import dev.licx.index.SearchResults;
import dev.licx.internal.Hashing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licx search}: find clauses by words or by likeness to a given clause. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the clause index: free text, or clauses similar to a given one.",
      "The query is also read by the clause classifier; clauses of the type it predicts rank higher. "
          + "Identical clauses of several licenses come back as one hit that names the others.",
      "With no index yet, the SPDX License List is indexed first."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success (also when nothing matched).",
      "1:Internal error.",
      "2:Usage error.",
      "3:The --like document could not be read.",
      "5:The index is locked while being built, or the directory is not a licx index.",
    })
final class SearchCommand implements Callable<Integer> {

  private static final Pattern CLAUSE_REF = Pattern.compile("(.+):(\\d+)");

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to search for.")
  List<String> words = new ArrayList<>();

  @Option(names = "--like", paramLabel = "FILE[:N]",
      description = "Find clauses similar to clause N of FILE (as numbered by 'licx extract'), or to the whole "
          + "of FILE when N is left out; spdx:ID[:N] takes a license of the bundled SPDX list.")
  String like;

  @Option(names = "--like-text", paramLabel = "TEXT", description = "Find clauses similar to this clause.")
  String likeText;

  @Option(names = "--type", paramLabel = "TYPE", split = ",",
      description = "Only clauses of these types (repeatable or comma-separated; see 'licx types').")
  List<String> types = new ArrayList<>();

  @Option(names = "--category", paramLabel = "CATEGORY", split = ",",
      description = "Only clauses of these categories: permission, condition, restriction, liability, other.")
  List<String> categories = new ArrayList<>();

  @Option(names = "--license", paramLabel = "ID", split = ",",
      description = "Only clauses of these licenses (SPDX id or file name, case-insensitive; * is a wildcard).")
  List<String> licenses = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Most hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: a per-user data directory; $LICX_DATA/index when set).")
  Path index;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, json, jsonl (default: ${DEFAULT-VALUE}).")
  SearchRenderers.Format format;

  @Mixin LimitOptions limitOptions;
  @Mixin ModelOption model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    int given = (words.isEmpty() ? 0 : 1) + (like == null ? 0 : 1) + (likeText == null ? 0 : 1);
    if (given != 1) {
      throw usage("give exactly one of QUERY, --like or --like-text");
    }
    if (limit < 1 || limit > 1000) {
      throw usage("--limit must be between 1 and 1000");
    }
    SearchQuery query = baseQuery().withLimit(limit).withTypes(types()).withCategories(categories())
        .withLicenses(licenses);
    ModelOption.Loaded loaded = model.loadWithFingerprint();
    if (like != null) {
      try {
        query = likeQuery(query, loaded);
      } catch (ExtractionException e) {
        spec.commandLine().getErr().println("licx: " + e.source() + ": " + e.getMessage());
        return ExitCode.SOME_INPUTS_FAILED;
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean debug = Batch.root(spec).debug;
    Path dir = index != null ? index : IndexLocation.defaultIndex();
    try {
      IndexRun.ensureIndex(dir, loaded, limitOptions.limits(spec), debug, err);
      try (ClauseSearcher searcher = ClauseSearcher.open(dir, loaded.model())) {
        SearchResults results = searcher.search(query);
        SearchRenderers.render(format, results, spec.commandLine().getOut(), CommandLine.Help.Ansi.AUTO.enabled());
      }
    } catch (IndexException e) {
      return IndexRun.unavailable(e, err, debug);
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private SearchQuery baseQuery() {
    if (likeText != null) {
      if (likeText.isBlank()) {
        throw usage("--like-text is empty");
      }
      return checked(() -> SearchQuery.like(likeText));
    }
    if (like != null) {
      return SearchQuery.like(" ");
    }
    return checked(() -> SearchQuery.of(String.join(" ", words)));
  }

  private SearchQuery checked(java.util.function.Supplier<SearchQuery> q) {
    try {
      return q.get();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** The clause {@code --like} names, as a like-query that leaves that very clause out of the hits. */
  private SearchQuery likeQuery(SearchQuery base, ModelOption.Loaded loaded) throws ExtractionException {
    String ref = like;
    Integer n = null;
    Matcher m = CLAUSE_REF.matcher(ref);
    if (m.matches() && (m.group(1).startsWith("spdx:") || Files.isRegularFile(Path.of(m.group(1))))) {
      ref = m.group(1);
      n = Integer.parseInt(m.group(2));
    }
    ExtractionLimits limits = limitOptions.limits(spec);
    ExtractedText text;
    String sha;
    if (ref.startsWith("spdx:")) {
      text = SpdxLicenseList.extract(ref.substring("spdx:".length()));
      sha = Hashing.sha256(text.text().getBytes(StandardCharsets.UTF_8));
    } else {
      // The checksum that finds the clause in the index and the text come from one read.
      Path file = Path.of(ref);
      TextExtractor extractor = new TextExtractor(limits);
      byte[] bytes = extractor.read(file);
      sha = Hashing.sha256(bytes);
      text = extractor.extract(bytes, ref, file.getFileName() == null ? null : file.getFileName().toString());
    }
    if (n == null) {
      String whole = text.text().strip();
      if (whole.length() > SearchQuery.MAX_TEXT) {
        throw usage(ref + ": too long to search the like of (" + whole.length() + " characters, limit "
            + SearchQuery.MAX_TEXT + "); name one clause with " + ref + ":N");
      }
      return new SearchQuery(whole, true, base.types(), base.categories(), base.licenses(), base.limit(), null);
    }
    ClassifiedDocument doc = Licx.create(limits, loaded.model()).extract(text);
    if (n >= doc.clauses().size()) {
      throw usage(ref + " has " + doc.clauses().size() + " clauses (0 to " + (doc.clauses().size() - 1) + "), not " + n);
    }
    Clause c = doc.clauses().get(n);
    return new SearchQuery(c.text(), true, base.types(), base.categories(), base.licenses(), base.limit(),
        new SearchQuery.ClauseRef(sha, c.segment().start()));
  }

  private List<ClauseType> types() {
    List<ClauseType> out = new ArrayList<>();
    for (String t : types) {
      try {
        out.add(ClauseType.fromId(t.trim()));
      } catch (IllegalArgumentException e) {
        throw usage("unknown clause type '" + t + "' (see 'licx types')");
      }
    }
    return out;
  }

  private List<Category> categories() {
    List<Category> out = new ArrayList<>();
    for (String c : categories) {
      try {
        out.add(Category.fromId(c.trim()));
      } catch (IllegalArgumentException e) {
        throw usage("unknown category '" + c + "' (permission, condition, restriction, liability, other)");
      }
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
