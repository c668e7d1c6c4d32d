package dev.licx.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for clause text: Lucene's {@link EnglishAnalyzer} chain (possessives, lower
 * case, stop words, Porter stems) plus ASCII folding, except that "no" and "not" are kept. In a
 * license they carry the meaning: "may not sublicense" and "may sublicense" are opposite clauses.
 */
public final class ClauseAnalyzer extends Analyzer {

  private static final List<String> KEPT = List.of("no", "not");
  static final CharArraySet STOP_WORDS;

  static {
    CharArraySet stop = new CharArraySet(40, false);
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      String w = new String((char[]) word);
      if (!KEPT.contains(w)) {
        stop.add(w);
      }
    }
    STOP_WORDS = CharArraySet.unmodifiableSet(stop);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    result = new StopFilter(result, STOP_WORDS);
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
