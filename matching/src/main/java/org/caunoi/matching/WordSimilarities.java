package org.caunoi.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarities of one query's words to words of the index, each pair worked out once per
 * query: the candidate search tests the words that share trigrams or a sound key with a query word,
 * and the candidates scored after it (12 names, each against every reading of the query) share
 * most of their words — names of one entry, readings with and without the legal form — so the
 * scorer would test many pairs again. Kept only for plain words (no Han reading, no alternative
 * forms), whose {@link TokenSimilarity#similarity(NameToken, boolean, NameToken, boolean)} depends
 * on the two folded words alone. One per thread, reused from query to query.
 */
final class WordSimilarities {

    /** Open addressing; a query holds a few hundred pairs at most, and past half full none are added. */
    private static final int CAPACITY = 2048;
    private static final int HASH_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(CAPACITY);
    /** (query word << 32 | index word) + 1 per slot: 0 marks a free one. */
    private final long[] keys = new long[CAPACITY];
    private final double[] values = new double[CAPACITY];
    private final int[] filled = new int[CAPACITY / 2];
    private int size;

    private final Map<String, Integer> queryWords = new HashMap<>();
    private IndexSnapshot index;
    private List<NameVariant> variants;
    /** Per reading of the query, per word: its number among the query's words, or -1 where not plain. */
    private int[][] wordNumbers;
    private boolean[][] syllables;

    /** Forgets the last query's pairs and numbers the words of this one. */
    void start(IndexSnapshot snapshot, List<NameVariant> queryVariants) {
        for (int k = 0; k < size; k++) {
            keys[filled[k]] = 0;
        }
        size = 0;
        queryWords.clear();
        index = snapshot;
        variants = queryVariants;
        wordNumbers = new int[queryVariants.size()][];
        syllables = new boolean[queryVariants.size()][];
        for (int v = 0; v < queryVariants.size(); v++) {
            List<NameToken> words = queryVariants.get(v).words();
            wordNumbers[v] = new int[words.size()];
            syllables[v] = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                NameToken word = words.get(i);
                wordNumbers[v][i] = plain(word) ? number(word.folded()) : -1;
                syllables[v][i] = TokenSimilarity.oneSyllable(word.folded());
            }
        }
    }

    /** The number of a folded query word (any form the candidate search looks up). */
    int number(String folded) {
        Integer known = queryWords.get(folded);
        if (known != null) {
            return known;
        }
        queryWords.put(folded, queryWords.size());
        return queryWords.size() - 1;
    }

    /**
     * Keeps what the candidate search found: only similarities above 0, which are final (a pair
     * the spelling test scores scores the same with sound and Double Metaphone allowed).
     */
    void found(int queryWord, int term, double similarity) {
        if (similarity > 0) {
            put(key(queryWord, term), similarity);
        }
    }

    /** The similarity of every word of reading {@code variant} to every word of the name, row by row. */
    double[] of(int variant, int name) {
        List<NameToken> q = variants.get(variant).words();
        List<NameToken> e = index.names[name].variant().words();
        int[] terms = index.nameTerms[name];
        int m = q.size();
        int n = e.size();
        double[] sims = new double[m * n];
        boolean[] entrySyllables = new boolean[n];
        boolean[] entryPlain = new boolean[n];
        for (int j = 0; j < n; j++) {
            entrySyllables[j] = index.termIsSyllable(terms[j]);
            entryPlain[j] = plain(e.get(j));
        }
        for (int i = 0; i < m; i++) {
            int queryWord = wordNumbers[variant][i];
            boolean querySyllable = syllables[variant][i];
            for (int j = 0; j < n; j++) {
                if (queryWord < 0 || !entryPlain[j]) {
                    sims[i * n + j] = TokenSimilarity.similarity(q.get(i), querySyllable, e.get(j), entrySyllables[j]);
                    continue;
                }
                long key = key(queryWord, terms[j]);
                int at = find(key);
                if (keys[at] == key) {
                    sims[i * n + j] = values[at];
                } else {
                    double s = TokenSimilarity.similarity(q.get(i), querySyllable, e.get(j), entrySyllables[j]);
                    put(key, s);
                    sims[i * n + j] = s;
                }
            }
        }
        return sims;
    }

    private static boolean plain(NameToken word) {
        return word.alternatives().isEmpty() && !TokenSimilarity.fromHan(word);
    }

    private static long key(int queryWord, int term) {
        return ((long) queryWord << 32 | term) + 1;
    }

    /** The slot holding the key, or the free slot where it would go. */
    private int find(long key) {
        int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> HASH_SHIFT);
        while (keys[at] != 0 && keys[at] != key) {
            at = (at + 1) & (CAPACITY - 1);
        }
        return at;
    }

    private void put(long key, double similarity) {
        if (size == filled.length) {
            return;
        }
        int at = find(key);
        if (keys[at] == 0) {
            keys[at] = key;
            filled[size++] = at;
        }
        values[at] = similarity;
    }
}
