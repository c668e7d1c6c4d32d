package dev.licx.index;

import dev.licx.classification.Category;
import dev.licx.classification.Classification;
import dev.licx.classification.ClauseClassifier;
import dev.licx.classification.ClauseType;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.doccat.DoccatModel;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a clause index. A query is read by the clause classifier too: clauses of the type it
 * predicts get a boost, and the type's most telling words join the query with a small weight, so
 * "a cap on users" reaches clauses about monthly active users. Identical clauses of many licenses
 * come back as one hit that names the others.
 *
 * <p>Not thread-safe (the classifier keeps state); open one per thread. The index it reads is the
 * commit current when it was opened.
 */
public final class ClauseSearcher implements Closeable {

  /** Most other licenses a hit lists by name; all are counted. */
  public static final int MAX_ALSO_IN = 50;

  /** Candidates of the first phase that the type prior and the type's words re-score. */
  static final int RESCORE_DEPTH = 300;

  /** Clauses whose types inform the reading of a query. */
  private static final int FEEDBACK_DEPTH = 20;

  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.KEY, IndexSchema.LICENSE,
      IndexSchema.LICENSE_NAME, IndexSchema.SOURCE, IndexSchema.SHA256, IndexSchema.CLAUSE, IndexSchema.TYPE,
      IndexSchema.CONFIDENCE, IndexSchema.SECTION, IndexSchema.TEXT, IndexSchema.START, IndexSchema.END,
      IndexSchema.TEXT_HASH);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ClauseClassifier classifier;
  private final TypeTerms typeTerms;
  private final Analyzer analyzer = new ClauseAnalyzer();
  private Relevance relevance = Relevance.DEFAULT;

  private ClauseSearcher(Directory directory, DirectoryReader reader, DoccatModel model) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.classifier = new ClauseClassifier(model);
    this.typeTerms = TypeTerms.of(model, 32);
  }

  /** Opens the last commit of the index in {@code dir}. */
  public static ClauseSearcher open(Path dir, DoccatModel model) throws IndexException {
    if (!Files.isDirectory(dir)) {
      throw new IndexException(IndexException.Reason.MISSING, dir + ": no index here");
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IndexException(IndexException.Reason.MISSING, dir + ": no index here");
      }
      if (commitData(directory).get(IndexSchema.COMMIT_SCHEMA) == null) {
        directory.close();
        throw new IndexException(IndexException.Reason.NOT_AN_INDEX, dir + ": a Lucene index that licx did not write");
      }
      return new ClauseSearcher(directory, DirectoryReader.open(directory), model);
    } catch (IndexNotFoundException e) {
      ClauseIndexer.closeQuietly(directory);
      throw new IndexException(IndexException.Reason.MISSING, dir + ": no index here", e);
    } catch (IOException | RuntimeException e) {
      ClauseIndexer.closeQuietly(directory);
      throw new IndexException(IndexException.Reason.UNREADABLE, dir + ": cannot read the index: " + e.getMessage(), e);
    }
  }

  /** Whether {@code dir} holds a committed index (of any kind). */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  static Map<String, String> commitData(Directory directory) throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /** Replaces the ranking settings; for measuring alternatives. */
  public ClauseSearcher relevance(Relevance r) {
    this.relevance = r;
    return this;
  }

  public int documents() throws IOException {
    return searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
  }

  public int clauses() throws IOException {
    return searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAUSE)));
  }

  /**
   * For each document whose key starts with {@code keyPrefix} ({@code spdx:} for the SPDX list),
   * how many of {@code textHashes} it has: the documents that share clauses word for word.
   */
  public Map<String, Integer> documentsSharing(Collection<String> textHashes, String keyPrefix) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (String hash : new HashSet<>(textHashes)) {
      Set<String> seen = new HashSet<>();
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexSchema.TEXT_HASH, hash)), 5_000).scoreDocs) {
        String key = stored.document(sd.doc, Set.of(IndexSchema.KEY)).get(IndexSchema.KEY);
        if (key.startsWith(keyPrefix) && seen.add(key)) {
          out.merge(key, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** The clauses of the document with this key, in document order. */
  public List<IndexedClause> clausesOf(String key) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.KEY, key)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAUSE)), BooleanClause.Occur.FILTER).build();
    StoredFields stored = reader.storedFields();
    List<IndexedClause> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
      Document d = stored.document(sd.doc, HIT_FIELDS);
      out.add(new IndexedClause(d.get(IndexSchema.LICENSE), d.getField(IndexSchema.CLAUSE).numericValue().intValue(),
          ClauseType.fromId(d.get(IndexSchema.TYPE)), d.get(IndexSchema.TEXT),
          d.getField(IndexSchema.START).numericValue().intValue(), d.getField(IndexSchema.END).numericValue().intValue(),
          d.get(IndexSchema.TEXT_HASH)));
    }
    out.sort((a, b) -> Integer.compare(a.clause(), b.clause()));
    return out;
  }

  /** The license name stored for the document with this key, or null. */
  public String licenseName(String key) throws IOException {
    TopDocs top = searcher.search(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.KEY, key)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
        .build(), 1);
    return top.scoreDocs.length == 0 ? null
        : reader.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexSchema.LICENSE_NAME)).get(IndexSchema.LICENSE_NAME);
  }

  /** The classifier behind the type prior, for callers that want a clause's type too. */
  public ClauseClassifier classifier() {
    return classifier;
  }

  public SearchResults search(SearchQuery q) {
    try {
      return doSearch(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResults doSearch(SearchQuery q) throws IOException {
    Query words = q.like() ? likeQuery(q.text()) : wordsQuery(q.text());
    if (words == null) {
      return new SearchResults(q, null, 0, List.of());
    }
    Classification predicted = null;
    if (relevance.typeBoost() > 0 || relevance.expansionTerms() > 0) {
      predicted = readQuery(q.text(), relevance.feedback() > 0 ? words : null);
    }
    boolean usePrediction = predicted != null && predicted.confidence() >= relevance.minConfidence();
    Set<String> highlightTerms = terms(words);

    // Two phases: the query's own words (and the filters) choose and rank candidates with BM25,
    // which Lucene answers fast by skipping; the predicted type and its words then add to the
    // scores of the best candidates only. Scoring them over the whole index gave the same
    // rankings several times slower (docs/search-quality.md). A query nobody's clause answers
    // finds nothing, rather than the type's typical clauses.
    BooleanQuery.Builder first = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    addFilters(q, first);
    BooleanQuery.Builder second = new BooleanQuery.Builder();
    if (usePrediction && relevance.expansionTerms() > 0) {
      int added = 0;
      for (TypeTerms.Term t : typeTerms.of(predicted.type())) {
        if (added++ >= relevance.expansionTerms()) {
          break;
        }
        second.add(new BoostQuery(new TermQuery(new Term(IndexSchema.TEXT, t.stem())),
            (float) relevance.expansionWeight()), BooleanClause.Occur.SHOULD);
      }
    }
    if (usePrediction && relevance.typeBoost() > 0) {
      second.add(new BoostQuery(typeQuery(predicted.type()),
          (float) (relevance.typeBoost() * predicted.confidence())), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery boost = second.build();
    return collect(q, predicted, first.build(), boost.clauses().isEmpty() ? null : boost, highlightTerms);
  }

  /**
   * The clause type a query asks about. A query is a few words, not a clause, and the classifier
   * reads most short texts as {@code other} (titles, headings); a query about titles is rare, so
   * the best of the other types is taken. With {@code words}, the types of the clauses those words
   * find on their own count too ({@link Relevance#feedback}): what the matching clauses are is
   * evidence of what the query is about that a dozen words cannot give the classifier.
   */
  Classification readQuery(String text, Query words) throws IOException {
    double[] p = classifier.probabilities(text);
    int other = ClauseType.OTHER.ordinal();
    double rest = 1 - p[other];
    double[] score = new double[p.length];
    double[] lexical = relevance.lexical() > 0 ? typeTerms.read(text) : null;
    double lexicalRest = lexical == null ? 0 : 1 - lexical[other];
    for (int i = 0; i < p.length; i++) {
      score[i] = i == other || rest <= 0 ? 0 : p[i] / rest;
      if (lexical != null && i != other && lexicalRest > 0) {
        score[i] = (1 - relevance.lexical()) * score[i] + relevance.lexical() * lexical[i] / lexicalRest;
      }
    }
    if (words != null) {
      double[] found = new double[p.length];
      double total = 0;
      Query clauses = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAUSE)), BooleanClause.Occur.FILTER).build();
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(clauses, FEEDBACK_DEPTH).scoreDocs) {
        int type = ClauseType.fromId(stored.document(sd.doc, Set.of(IndexSchema.TYPE)).get(IndexSchema.TYPE)).ordinal();
        if (type != other) {
          found[type] += sd.score;
          total += sd.score;
        }
      }
      double w = total > 0 ? relevance.feedback() : 0;
      for (int i = 0; i < p.length; i++) {
        score[i] = (1 - w) * score[i] + (total > 0 ? w * found[i] / total : 0);
      }
    }
    int best = other == 0 ? 1 : 0;
    for (int i = 0; i < p.length; i++) {
      if (i != other && score[i] > score[best]) {
        best = i;
      }
    }
    return new Classification(ClauseType.values()[best], Math.min(1, score[best]), List.of());
  }

  /** The type prior is a constant, whatever the type term's frequency: BM25 would favour rare types. */
  private static Query typeQuery(ClauseType type) {
    return new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(IndexSchema.TYPE, type.id())));
  }

  private Query wordsQuery(String text) {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(IndexSchema.TEXT, 1f);
    if (relevance.sectionWeight() > 0) {
      fields.put(IndexSchema.SECTION, (float) relevance.sectionWeight());
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    Query parsed = parser.parse(text);
    return isEmpty(parsed) ? null : parsed;
  }

  private Query likeQuery(String clause) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexSchema.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(40);
    mlt.setBoost(true);
    Query q = mlt.like(IndexSchema.TEXT, new StringReader(clause));
    return isEmpty(q) ? null : q;
  }

  private static boolean isEmpty(Query q) {
    return q == null || (q instanceof BooleanQuery b && b.clauses().isEmpty())
        || q instanceof org.apache.lucene.search.MatchNoDocsQuery;
  }

  private static void addFilters(SearchQuery q, BooleanQuery.Builder query) {
    if (!q.types().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (ClauseType t : q.types()) {
        any.add(new TermQuery(new Term(IndexSchema.TYPE, t.id())), BooleanClause.Occur.SHOULD);
      }
      query.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (!q.categories().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Category c : q.categories()) {
        any.add(new TermQuery(new Term(IndexSchema.CATEGORY, c.id())), BooleanClause.Occur.SHOULD);
      }
      query.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (!q.licenses().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String l : q.licenses()) {
        Term term = new Term(IndexSchema.LICENSE_FILTER, l.toLowerCase(Locale.ROOT));
        any.add(l.contains("*") || l.contains("?") ? new WildcardQuery(term) : new TermQuery(term),
            BooleanClause.Occur.SHOULD);
      }
      query.add(any.build(), BooleanClause.Occur.FILTER);
    }
  }

  /**
   * The best {@code limit} groups of identical clauses. Identical clauses score alike, so they
   * sit together in the ranking; the first of each group stands for it. More hits are fetched
   * until enough groups are found or the matches run out.
   */
  private SearchResults collect(SearchQuery q, Classification predicted, Query query, Query boost,
      Set<String> highlightTerms) throws IOException {
    int want = q.limit();
    int fetch = Math.min(Math.max(want * 4 + 20, RESCORE_DEPTH), 10_000);
    StoredFields stored = reader.storedFields();
    while (true) {
      TopDocs top = searcher.search(query, fetch);
      if (boost != null) {
        top = QueryRescorer.rescore(searcher, top, boost, 1.0, fetch);
      }
      Map<String, Document> groups = new LinkedHashMap<>();
      Map<String, Float> scores = new LinkedHashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, HIT_FIELDS);
        if (q.exclude() != null && q.exclude().sha256().equals(d.get(IndexSchema.SHA256))
            && q.exclude().start() == d.getField(IndexSchema.START).numericValue().intValue()) {
          continue;
        }
        String hash = d.get(IndexSchema.TEXT_HASH);
        if (!groups.containsKey(hash)) {
          if (groups.size() == want) {
            break;
          }
          groups.put(hash, d);
          scores.put(hash, sd.score);
        }
      }
      boolean exhausted = top.scoreDocs.length < fetch || fetch >= 10_000;
      if (groups.size() == want || exhausted) {
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, Document> e : groups.entrySet()) {
          hits.add(hit(e.getValue(), scores.get(e.getKey()), highlightTerms));
        }
        return new SearchResults(q, predicted, top.totalHits.value, hits);
      }
      fetch = Math.min(fetch * 4, 10_000);
    }
  }

  private SearchHit hit(Document d, float score, Set<String> highlightTerms) throws IOException {
    String license = d.get(IndexSchema.LICENSE);
    String text = d.get(IndexSchema.TEXT);
    Set<String> others = new TreeSet<>();
    searcher.search(new TermQuery(new Term(IndexSchema.TEXT_HASH, d.get(IndexSchema.TEXT_HASH))),
        new SimpleCollector() {
          private SortedDocValues licenses;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            licenses = DocValues.getSorted(context.reader(), IndexSchema.LICENSE);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (licenses.advanceExact(doc)) {
              String other = licenses.lookupOrd(licenses.ordValue()).utf8ToString();
              if (!other.equals(license)) {
                others.add(other);
              }
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    List<String> named = others.stream().limit(MAX_ALSO_IN).toList();
    return new SearchHit(license, d.get(IndexSchema.LICENSE_NAME), d.get(IndexSchema.SOURCE),
        d.getField(IndexSchema.CLAUSE).numericValue().intValue(), ClauseType.fromId(d.get(IndexSchema.TYPE)),
        d.getField(IndexSchema.CONFIDENCE).numericValue().doubleValue(), d.get(IndexSchema.SECTION), score, text,
        d.getField(IndexSchema.START).numericValue().intValue(), d.getField(IndexSchema.END).numericValue().intValue(),
        highlights(text, highlightTerms), named, others.size(), d.get(IndexSchema.TEXT_HASH));
  }

  /** The analyzed terms a query looks for in the clause text. */
  private static Set<String> terms(Query q) {
    Set<String> out = new HashSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return IndexSchema.TEXT.equals(field);
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          out.add(t.text());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return out;
  }

  /** Spans of {@code text} whose analyzed form is one of {@code terms}. */
  List<SearchHit.Span> highlights(String text, Set<String> terms) throws IOException {
    List<SearchHit.Span> out = new ArrayList<>();
    if (terms.isEmpty()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          out.add(new SearchHit.Span(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

}
