package dev.licx.index;

import dev.licx.classification.Clause;
import dev.licx.internal.Hashing;
import dev.licx.internal.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a clause index; {@code docs/index-schema.md} explains why each is indexed the way
 * it is. Every clause is one Lucene document; every indexed license document adds one more, a
 * marker that records its checksum so an unchanged file is skipped on the next run.
 */
public final class IndexSchema {

  /** Bumped whenever fields change meaning; an index of another version is rebuilt. */
  public static final String VERSION = "1";

  /** {@code clause} or {@code document}: which of the two kinds of Lucene document this is. */
  public static final String KIND = "kind";
  /** Identity of a license document: {@code spdx:ID} or the file's absolute path. */
  public static final String KEY = "key";
  /** SPDX id when known, else the file name without its extension. */
  public static final String LICENSE = "license";
  /** {@link #LICENSE} lower-cased, for case-insensitive filters. */
  public static final String LICENSE_FILTER = "license_lc";
  public static final String LICENSE_NAME = "license_name";
  public static final String SOURCE = "source";
  /** SHA-256 of the document's bytes (a file) or of its UTF-8 text (an SPDX entry). */
  public static final String SHA256 = "sha256";
  /** Position of the clause in its document, from 0. */
  public static final String CLAUSE = "clause";
  public static final String TYPE = "type";
  public static final String CATEGORY = "category";
  public static final String SECTION = "section";
  public static final String CONFIDENCE = "confidence";
  public static final String START = "start";
  public static final String END = "end";
  /** The clause text: stored, and analyzed by {@link ClauseAnalyzer}. */
  public static final String TEXT = "text";
  /** Checksum of the clause's normalized words: identical clauses of many licenses share it. */
  public static final String TEXT_HASH = "text_hash";
  /** On a document marker: how many clauses the document has. */
  public static final String CLAUSES = "clauses";

  public static final String KIND_CLAUSE = "clause";
  public static final String KIND_DOCUMENT = "document";

  /**
   * Commit data: the schema version. The clause model is recorded per document, on its marker, so
   * that a document typed by another model is re-extracted on its own.
   */
  public static final String COMMIT_SCHEMA = "licx.schema";

  private IndexSchema() {}

  /** What identifies a document in the index and how it is shown. */
  public record DocumentInfo(String key, String license, String licenseName, String source, String sha256) {}

  static Document clause(DocumentInfo info, Clause c) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_CLAUSE, Field.Store.NO));
    d.add(new StringField(KEY, info.key(), Field.Store.YES));
    addLicense(d, info);
    d.add(new IntField(CLAUSE, c.index(), Field.Store.YES));
    d.add(new StringField(TYPE, c.type().id(), Field.Store.YES));
    d.add(new StringField(CATEGORY, c.category().id(), Field.Store.YES));
    d.add(new TextField(SECTION, c.segment().section(), Field.Store.YES));
    d.add(new StoredField(CONFIDENCE, (float) c.confidence()));
    d.add(new StoredField(START, c.segment().start()));
    d.add(new StoredField(END, c.segment().end()));
    d.add(new TextField(TEXT, c.text(), Field.Store.YES));
    d.add(new StringField(TEXT_HASH, textHash(c.text()), Field.Store.YES));
    return d;
  }

  static Document marker(DocumentInfo info, int clauses) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
    d.add(new StringField(KEY, info.key(), Field.Store.YES));
    addLicense(d, info);
    d.add(new StoredField(CLAUSES, clauses));
    return d;
  }

  private static void addLicense(Document d, DocumentInfo info) {
    d.add(new StringField(LICENSE, info.license(), Field.Store.YES));
    // Doc values let a hit list the licenses sharing its clause without loading stored fields.
    d.add(new SortedDocValuesField(LICENSE, new BytesRef(info.license())));
    d.add(new StringField(LICENSE_FILTER, info.license().toLowerCase(Locale.ROOT), Field.Store.NO));
    d.add(new StoredField(LICENSE_NAME, info.licenseName()));
    d.add(new StoredField(SOURCE, info.source()));
    d.add(new StringField(SHA256, info.sha256(), Field.Store.YES));
  }

  /**
   * The checksum two clauses share when they say the same words: case, quotes, punctuation and
   * spacing do not count, so the typesetting of one publication does not split a group.
   */
  public static String textHash(String text) {
    String s = Texts.straightenQuotes(text).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
      i += Character.charCount(cp);
    }
    return Hashing.sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24);
  }
}
