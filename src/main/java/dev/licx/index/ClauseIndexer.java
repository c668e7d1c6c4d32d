package dev.licx.index;

import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.classification.ClauseClassifier;
import dev.licx.classification.DocumentClassifier;
import dev.licx.extraction.ExtractedText;
import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.ExtractionLimits;
import dev.licx.extraction.SpdxLicenseList;
import dev.licx.extraction.TextExtractor;
import dev.licx.internal.Hashing;
import dev.licx.segmentation.Segmenter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.doccat.DoccatModel;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Adds documents to a clause index, incrementally: a document whose checksum and clause model are
 * those already indexed is skipped, a changed one has its clauses replaced in one atomic update.
 *
 * <p>The index is committed every few hundred documents and at the end. A run that is killed
 * leaves the last commit, which is a complete, usable index; the next run skips what that commit
 * already holds. Lucene's write lock keeps a second writer out.
 */
public final class ClauseIndexer implements Closeable {

  /** Told about every document, in input order, from the thread that called {@code update}. */
  public interface Listener {
    void document(DocumentOutcome outcome, int done, int total);
  }

  private static final String MODEL = "model";
  private static final int COMMIT_EVERY_DOCUMENTS = 250;
  private static final long COMMIT_EVERY_NANOS = 15_000_000_000L;

  private final Directory directory;
  private final IndexWriter writer;
  private final DoccatModel model;
  private final String modelFingerprint;
  private final ExtractionLimits limits;
  private final int threads;
  private final boolean rebuilt;

  private ClauseIndexer(Directory directory, IndexWriter writer, DoccatModel model, String modelFingerprint,
      ExtractionLimits limits, int threads, boolean rebuilt) {
    this.directory = directory;
    this.writer = writer;
    this.model = model;
    this.modelFingerprint = modelFingerprint;
    this.limits = limits;
    this.threads = threads;
    this.rebuilt = rebuilt;
  }

  /**
   * Opens the index in {@code dir} for writing, creating it (and the directory) when absent.
   *
   * @param modelFingerprint identifies {@code model}: a document classified by another model is
   *     re-extracted even when its text is unchanged
   * @param threads documents extracted in parallel
   * @throws IndexException LOCKED while another writer holds the index; NOT_AN_INDEX when {@code
   *     dir} holds other files
   */
  public static ClauseIndexer open(Path dir, DoccatModel model, String modelFingerprint, ExtractionLimits limits,
      int threads) throws IndexException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    Directory directory = null;
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new IndexException(IndexException.Reason.NOT_AN_INDEX, dir + ": not a directory");
      }
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      boolean exists = DirectoryReader.indexExists(directory);
      if (!exists && hasFiles(dir)) {
        throw new IndexException(IndexException.Reason.NOT_AN_INDEX,
            dir + ": not empty and holds no licx index; give a new or empty directory");
      }
      boolean rebuild = false;
      if (exists) {
        String schema = ClauseSearcher.commitData(directory).get(IndexSchema.COMMIT_SCHEMA);
        if (schema == null) {
          throw new IndexException(IndexException.Reason.NOT_AN_INDEX,
              dir + ": a Lucene index that licx did not write");
        }
        rebuild = !schema.equals(IndexSchema.VERSION);
      }
      IndexWriterConfig config = new IndexWriterConfig(new ClauseAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      if (rebuild) {
        writer.deleteAll();
      }
      writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA, IndexSchema.VERSION).entrySet());
      if (!exists) {
        // An empty first commit makes the directory a licx index at once: a second writer is then
        // told it is locked, not that the directory holds something else.
        writer.commit();
      }
      return new ClauseIndexer(directory, writer, model, modelFingerprint, limits, threads, rebuild);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexException(IndexException.Reason.LOCKED,
          dir + ": index is locked: another 'licx index' is writing it; try again when it is done", e);
    } catch (IndexException e) {
      closeQuietly(directory);
      throw e;
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexException(IndexException.Reason.UNREADABLE, dir + ": cannot open the index: " + e.getMessage(), e);
    }
  }

  /** Files other than Lucene's lock, which a writer killed before its first commit leaves behind. */
  private static boolean hasFiles(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
    }
  }

  /** True when the index was written by another schema version and is being rebuilt from scratch. */
  public boolean rebuilding() {
    return rebuilt;
  }

  /**
   * Indexes {@code sources}: every document is extracted, segmented and classified unless the
   * index holds it unchanged. With {@code prune}, documents whose files no longer exist are
   * removed. A document that cannot be read is reported to the listener and counted; the others
   * are indexed.
   */
  public IndexReport update(List<IndexSource> sources, boolean prune, Listener listener) throws IOException {
    long started = System.nanoTime();
    Map<String, String[]> indexed = indexedDocuments();
    Map<String, IndexSource> unique = new LinkedHashMap<>();
    sources.forEach(s -> unique.putIfAbsent(s.key(), s));
    List<IndexSource> todo = new ArrayList<>(unique.values());

    int[] counts = new int[DocumentOutcome.Status.values().length];
    long clausesWritten = 0;
    long bytesRead = 0;
    int total = todo.size();
    int done = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(model, limits));
    Deque<Future<Result>> window = new ArrayDeque<>();
    int next = 0;
    int sinceCommit = 0;
    long lastCommit = System.nanoTime();
    try {
      while (done < total) {
        while (next < total && window.size() < threads * 4) {
          IndexSource source = todo.get(next++);
          String[] known = indexed.get(source.key());
          window.add(pool.submit(() -> index(source, known, pipelines.get())));
        }
        Result r = await(window.poll());
        counts[r.outcome.status().ordinal()]++;
        clausesWritten += r.outcome.clauses();
        bytesRead += r.bytes;
        done++;
        listener.document(r.outcome, done, total);
        if (r.outcome.status() == DocumentOutcome.Status.ADDED || r.outcome.status() == DocumentOutcome.Status.REPLACED) {
          sinceCommit++;
        }
        if (sinceCommit >= COMMIT_EVERY_DOCUMENTS || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS)) {
          writer.commit();
          sinceCommit = 0;
          lastCommit = System.nanoTime();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (prune) {
      Set<String> given = unique.keySet();
      for (Map.Entry<String, String[]> e : indexed.entrySet()) {
        String key = e.getKey();
        if (!key.startsWith("spdx:") && !given.contains(key) && !Files.exists(Path.of(key))) {
          writer.deleteDocuments(new Term(IndexSchema.KEY, key));
          counts[DocumentOutcome.Status.PRUNED.ordinal()]++;
          listener.document(new DocumentOutcome(key, DocumentOutcome.Status.PRUNED, 0, null, List.of()), done, total);
        }
      }
    }
    writer.commit();
    int documents;
    int clauses;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      documents = searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
      clauses = searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAUSE)));
    }
    return new IndexReport(counts[DocumentOutcome.Status.ADDED.ordinal()],
        counts[DocumentOutcome.Status.REPLACED.ordinal()], counts[DocumentOutcome.Status.UNCHANGED.ordinal()],
        counts[DocumentOutcome.Status.FAILED.ordinal()], counts[DocumentOutcome.Status.PRUNED.ordinal()],
        clausesWritten, bytesRead, documents, clauses, Duration.ofNanos(System.nanoTime() - started));
  }

  private static Result await(Future<Result> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private record Result(DocumentOutcome outcome, long bytes) {}

  /** One worker's pipeline: the extractor, segmenter and categorizer are not thread-safe. */
  private static final class Pipeline {
    final TextExtractor extractor;
    final Segmenter segmenter = new Segmenter();
    final DocumentClassifier classifier;

    Pipeline(DoccatModel model, ExtractionLimits limits) {
      this.extractor = new TextExtractor(limits);
      this.classifier = new DocumentClassifier(new ClauseClassifier(model));
    }
  }

  /**
   * Extracts and writes one document unless {@code known} (its indexed checksum and model) says
   * it is unchanged. An unreadable document is an outcome, not an exception; an index write that
   * fails is an exception, because it concerns the whole run.
   */
  private Result index(IndexSource source, String[] known, Pipeline p) throws IOException {
    try {
      if (source.error() != null) {
        throw new ExtractionException(source.name(), ExtractionException.Reason.UNREADABLE, source.error());
      }
      String sha;
      ExtractedText text;
      long bytes;
      String license;
      String name = null;
      if (source.spdxId() != null) {
        text = SpdxLicenseList.extract(source.spdxId());
        license = text.source().substring("spdx:".length());
        name = SpdxLicenseList.licenses().get(license).name();
        byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
        sha = Hashing.sha256(utf8);
        bytes = utf8.length;
        if (unchanged(known, sha)) {
          return unchanged(source);
        }
      } else {
        // The checksum and the text come from one read of the file.
        byte[] content = p.extractor.read(source.path());
        sha = Hashing.sha256(content);
        bytes = content.length;
        if (unchanged(known, sha)) {
          return unchanged(source);
        }
        Path file = source.path().getFileName();
        text = p.extractor.extract(content, source.path().toString(), file == null ? null : file.toString());
        license = licenseOf(source.path());
        if (SpdxLicenseList.licenses().containsKey(license)) {
          name = SpdxLicenseList.licenses().get(license).name();
        }
      }
      ClassifiedDocument doc = p.classifier.classify(p.segmenter.segment(text));
      if (name == null) {
        name = title(text.text(), license);
      }
      String shown = source.spdxId() != null ? "spdx:" + license : source.key();
      IndexSchema.DocumentInfo info = new IndexSchema.DocumentInfo(source.key(), license, name, shown, sha);
      // One call deletes the old clauses and adds the new ones: no commit sees half a document.
      write(info, doc.clauses());
      DocumentOutcome.Status status = known == null ? DocumentOutcome.Status.ADDED : DocumentOutcome.Status.REPLACED;
      return new Result(new DocumentOutcome(source.name(), status, doc.clauses().size(), null, doc.warnings()), bytes);
    } catch (ExtractionException e) {
      return new Result(new DocumentOutcome(source.name(), DocumentOutcome.Status.FAILED, 0, e.getMessage(), List.of()), 0);
    }
  }

  /**
   * Writes an already classified document as it is, replacing any document with the same key; for
   * collections built in memory (benchmarks, tests). Visible after the next commit.
   */
  public void write(IndexSchema.DocumentInfo info, List<Clause> clauses) throws IOException {
    List<Document> docs = new ArrayList<>(clauses.size() + 1);
    for (Clause c : clauses) {
      docs.add(IndexSchema.clause(info, c));
    }
    Document marker = IndexSchema.marker(info, clauses.size());
    marker.add(new StoredField(MODEL, modelFingerprint));
    docs.add(marker);
    writer.updateDocuments(new Term(IndexSchema.KEY, info.key()), docs);
  }

  /** Makes everything written so far durable and visible to new searchers. */
  public void commit() throws IOException {
    writer.commit();
  }

  private boolean unchanged(String[] known, String sha) {
    return known != null && known[0].equals(sha) && modelFingerprint.equals(known[1]);
  }

  private static Result unchanged(IndexSource source) {
    return new Result(new DocumentOutcome(source.name(), DocumentOutcome.Status.UNCHANGED, 0, null, List.of()), 0);
  }

  /** SPDX id when the file is named after one ({@code MIT.txt}), else the file name without extension. */
  static String licenseOf(Path path) {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    return SpdxLicenseList.canonicalId(stem).orElse(stem);
  }

  /** The first line with words, shortened: most licenses start with their title. */
  static String title(String text, String fallback) {
    for (String line : text.split("\n", 50)) {
      String t = line.replaceAll("^[#=*\\s]+|[#=*\\s]+$", "");
      if (t.codePoints().anyMatch(Character::isLetter)) {
        return t.length() > 120 ? t.substring(0, 119) + "…" : t;
      }
    }
    return fallback;
  }

  /** Key to {checksum, model fingerprint} of every document the index holds. */
  private Map<String, String[]> indexedDocuments() throws IOException {
    Map<String, String[]> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery markers = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT));
      int n = Math.max(1, searcher.count(markers));
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(markers, n).scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(IndexSchema.KEY, IndexSchema.SHA256, MODEL));
        out.put(d.get(IndexSchema.KEY), new String[] {d.get(IndexSchema.SHA256), d.get(MODEL)});
      }
    }
    return out;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "licx-index-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Releases the write lock without committing: an interrupted run's partial work since the last
   * commit is dropped, and the index stays as that commit left it.
   */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  static void closeQuietly(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing; the caller reports the first error
      }
    }
  }
}
