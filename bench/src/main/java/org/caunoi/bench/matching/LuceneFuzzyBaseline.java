package org.caunoi.bench.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.caunoi.matching.WatchlistEntry;

/**
 * The plain baseline: Lucene 10 with ICU folding, one fuzzy term query per word (edit distance 1
 * up to 4 letters, 2 above), best BM25 hit. Scores are not on a [0, 1] scale, so its threshold is
 * picked in hindsight for best F1.
 */
final class LuceneFuzzyBaseline implements AutoCloseable {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    };
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    LuceneFuzzyBaseline(Map<String, WatchlistEntry> entries) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (WatchlistEntry entry : entries.values()) {
                for (String name : entry.names()) {
                    Document doc = new Document();
                    doc.add(new StoredField("id", entry.id()));
                    doc.add(new TextField("name", name, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** The best entry id and its score, or null. */
    Map.Entry<String, Double> best(String name) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> words = analyze(name);
        if (words.isEmpty()) {
            return null;
        }
        for (String word : words) {
            query.add(new FuzzyQuery(new Term("name", word), word.length() <= 4 ? 1 : 2), BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] top = searcher.search(query.build(), 1).scoreDocs;
        if (top.length == 0) {
            return null;
        }
        return Map.entry(searcher.storedFields().document(top[0].doc).get("id"), (double) top[0].score);
    }

    private List<String> analyze(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
