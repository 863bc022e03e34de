package org.caunoi.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, in-memory candidate index over a set of prepared entries: a word → names posting
 * list, a character-trigram → words index for spelling variants, word weights by inverse entry
 * frequency, and identifiers. Queries read it without locks; updates build a new one.
 *
 * <p>Chosen over Lucene after measuring (docs/benchmarks.md, name matching): the names are short, the
 * whole list fits in memory, and plain arrays answer in microseconds without analysis chains.
 */
final class IndexSnapshot {

    /** Characters of folded words are [a-z0-9]; 0 is the word boundary. */
    private static final int ALPHABET = 37;

    final PreparedEntry[] entries;
    /** Flattened name readings: entry index and reading. */
    final int[] nameEntry;
    final PreparedEntry.PreparedName[] names;
    /** Each name's word weights with what the scorer derives from them. */
    final NameScorer.WordCosts[] nameCosts;
    /** The word number of each word of each name (its folded form), for {@link WordSimilarities}. */
    final int[][] nameTerms;
    /** Sum of a name's word weights: candidates are ranked by the share of it the query covers. */
    final double[] nameTotalWeight;
    private final Map<String, Integer> termIds;
    final String[] terms;
    private final double[] termWeights;
    /** {@link TokenSimilarity#oneSyllable} of each word, worked out once. */
    private final boolean[] termSyllables;
    /** {@link TokenSimilarity#shape} of each word: the candidate search rules most words out by it alone. */
    private final long[] termShapes;
    /**
     * {@link Phonetics#of} of each word, taken from the entries' analysed words; {@link #UNKNOWN}
     * for words seen only as Han readings, which carry no key.
     */
    private final long[] termPhonetics;
    /** No packed key has its top bits set. */
    private static final long UNKNOWN = -1L;
    private final int[][] postings;
    private final int[][] trigramTerms;
    private final Map<String, int[]> identifierEntries;
    /** Words by {@link TokenSimilarity#soundKey}: romanisations too far apart for trigrams (Tiurine / Tyurin). */
    private final Map<String, int[]> soundTerms;
    /** Names by two adjacent words written together ("jalalmaab" → JALAL MAAB). */
    private final Map<String, int[]> joinedNames;
    /** Names by the acronyms their words' initials spell ({@link Acronyms#initials}). */
    private final Map<String, int[]> initialsNames;
    /** Names of two or more content words by the first two letters of the first: where a contraction starts. */
    private final Map<String, int[]> contractionNames;
    /** {@link Acronyms#contentWords} of each name, worked out once; empty for names of fewer than two. */
    private final List<String>[] contentWords;
    private final double unseenWeight;

    IndexSnapshot(List<PreparedEntry> prepared) {
        this(prepared, null);
    }

    /**
     * @param weightsFrom null, or the index whose word weights this one takes (a small index of the
     *                    entries updated since that one was built: its own statistics would call
     *                    every word rare); words that index does not know weigh as it weighs unseen words
     */
    IndexSnapshot(List<PreparedEntry> prepared, IndexSnapshot weightsFrom) {
        entries = prepared.toArray(PreparedEntry[]::new);
        int nameCount = prepared.stream().mapToInt(e -> e.names().size()).sum();
        nameEntry = new int[nameCount];
        names = new PreparedEntry.PreparedName[nameCount];
        termIds = new HashMap<>();
        List<String> termList = new ArrayList<>();
        List<Integer> entryFrequency = new ArrayList<>();
        List<Long> phoneticList = new ArrayList<>();
        Map<String, List<Integer>> identifiers = new HashMap<>();
        int n = 0;
        for (int e = 0; e < entries.length; e++) {
            Set<Integer> seen = new HashSet<>();
            for (PreparedEntry.PreparedName name : entries[e].names()) {
                nameEntry[n] = e;
                names[n++] = name;
                for (NameToken token : name.variant().words()) {
                    for (String form : token.forms()) {
                        Integer id = termIds.get(form);
                        if (id == null) {
                            id = termList.size();
                            termIds.put(form, id);
                            termList.add(form);
                            entryFrequency.add(0);
                            phoneticList.add(UNKNOWN);
                        }
                        if (!TokenSimilarity.fromHan(token) && form.equals(token.folded())) {
                            phoneticList.set(id, token.phonetic());
                        }
                        if (seen.add(id)) {
                            entryFrequency.set(id, entryFrequency.get(id) + 1);
                        }
                    }
                }
            }
            for (Identifier identifier : entries[e].entry().identifiers()) {
                identifiers.computeIfAbsent(identifier.value(), k -> new ArrayList<>()).add(e);
            }
        }
        terms = termList.toArray(String[]::new);
        termPhonetics = phoneticList.stream().mapToLong(Long::longValue).toArray();
        double total = Math.max(1, entries.length);
        termWeights = new double[terms.length];
        unseenWeight = weightsFrom != null ? weightsFrom.unseenWeight : Math.log(1 + total);
        for (int t = 0; t < terms.length; t++) {
            termWeights[t] = weightsFrom != null ? weightsFrom.weight(terms[t]) : weightOf(terms[t], Math.log(1 + total / entryFrequency.get(t)));
        }
        termSyllables = new boolean[terms.length];
        for (int t = 0; t < terms.length; t++) {
            termSyllables[t] = TokenSimilarity.oneSyllable(terms[t]);
        }
        termShapes = new long[terms.length];
        for (int t = 0; t < terms.length; t++) {
            termShapes[t] = TokenSimilarity.shape(terms[t]);
        }
        postings = buildPostings(termList.size());
        trigramTerms = buildTrigrams();
        soundTerms = buildSoundKeys();
        joinedNames = buildJoined();
        contentWords = buildContentWords();
        initialsNames = buildAcronyms(false);
        contractionNames = buildAcronyms(true);
        identifierEntries = new HashMap<>();
        identifiers.forEach((k, v) -> identifierEntries.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        nameCosts = new NameScorer.WordCosts[nameCount];
        nameTotalWeight = new double[nameCount];
        nameTerms = new int[nameCount][];
        // entries sharing a name share its reading (PreparedNames): its words and costs are worked out once
        Map<PreparedEntry.PreparedName, Integer> first = new IdentityHashMap<>();
        for (int i = 0; i < nameCount; i++) {
            Integer same = first.putIfAbsent(names[i], i);
            if (same != null) {
                nameTerms[i] = nameTerms[same];
                nameCosts[i] = nameCosts[same];
                nameTotalWeight[i] = nameTotalWeight[same];
                continue;
            }
            nameTerms[i] = names[i].variant().words().stream().mapToInt(w -> termIds.get(w.folded())).toArray();
            nameCosts[i] = NameScorer.WordCosts.of(names[i].variant().words(), weights(names[i].variant().words()));
            for (double w : nameCosts[i].weights()) {
                nameTotalWeight[i] += w;
            }
        }
    }

    private static double weightOf(String term, double idf) {
        // digits-only words (house numbers, years) say little about identity
        boolean digits = term.chars().allMatch(Character::isDigit);
        // a single letter is an initial: it confirms a name, it does not identify one
        return digits || term.length() == 1 ? idf * CommonWords.FACTOR : idf * CommonWords.factor(term);
    }

    int size() {
        return entries.length;
    }

    double weight(String folded) {
        Integer id = termIds.get(folded);
        return id != null ? termWeights[id] : weightOf(folded, unseenWeight);
    }

    double[] weights(List<NameToken> words) {
        double[] w = new double[words.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weight(words.get(i).folded());
        }
        return w;
    }

    int[] entriesWithIdentifier(String value) {
        return identifierEntries.getOrDefault(value, new int[0]);
    }

    /** {@link Phonetics#of} the folded word, without encoding it again when an entry word is the same. */
    long phonetics(String folded) {
        Integer id = termIds.get(folded);
        long known = id == null ? UNKNOWN : termPhonetics[id];
        return known == UNKNOWN ? Phonetics.of(folded) : known;
    }

    int termId(String folded) {
        Integer id = termIds.get(folded);
        return id == null ? -1 : id;
    }

    double termWeight(int term) {
        return termWeights[term];
    }

    int[] postings(int term) {
        return postings[term];
    }

    int[] trigramTerms(int trigram) {
        int[] t = trigramTerms[trigram];
        return t == null ? new int[0] : t;
    }

    boolean termIsSyllable(int term) {
        return termSyllables[term];
    }

    long termShape(int term) {
        return termShapes[term];
    }

    int[] soundTerms(String key) {
        return soundTerms.getOrDefault(key, NONE);
    }

    int[] namesWithJoined(String word) {
        return joinedNames.getOrDefault(word, NONE);
    }

    int[] namesWithInitials(String acronym) {
        return initialsNames.getOrDefault(acronym, NONE);
    }

    /** Names a contraction starting with these letters may stand for; check with {@link Acronyms#isContraction}. */
    int[] namesContractedFrom(String word) {
        return word.length() < 2 ? NONE : contractionNames.getOrDefault(word.substring(0, 2), NONE);
    }

    private static final int[] NONE = new int[0];

    /** The content words of a name, for {@link Acronyms#isContraction}. */
    List<String> contentWords(int name) {
        return contentWords[name];
    }

    @SuppressWarnings("unchecked")
    private List<String>[] buildContentWords() {
        List<String>[] out = new List[names.length];
        for (int n = 0; n < names.length; n++) {
            out[n] = names[n].contentWords();
        }
        return out;
    }

    private Map<String, int[]> buildAcronyms(boolean contractions) {
        Map<String, IntList> keys = new HashMap<>();
        for (int n = 0; n < names.length; n++) {
            List<String> found;
            if (contractions) {
                List<String> content = contentWords[n];
                found = content.isEmpty() || content.getFirst().length() < 2 ? List.of() : List.of(content.getFirst().substring(0, 2));
            } else {
                found = names[n].initials();
            }
            for (String key : found) {
                keys.computeIfAbsent(key, k -> new IntList()).addOnce(n);
            }
        }
        Map<String, int[]> out = new HashMap<>(keys.size() * 2);
        keys.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** A growing list of name numbers, each added once when added in order. */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private Map<String, int[]> buildSoundKeys() {
        Map<String, List<Integer>> keys = new HashMap<>();
        for (int t = 0; t < terms.length; t++) {
            String key = TokenSimilarity.soundKey(terms[t]);
            if (!key.isEmpty()) {
                keys.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, int[]> out = new HashMap<>(keys.size() * 2);
        keys.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private Map<String, int[]> buildJoined() {
        Map<String, List<Integer>> joined = new HashMap<>();
        for (int n = 0; n < names.length; n++) {
            List<NameToken> words = names[n].variant().words();
            for (int i = 0; i + 1 < words.size(); i++) {
                NameToken a = words.get(i);
                NameToken b = words.get(i + 1);
                if (a.origin() == NameToken.Origin.LATIN && b.origin() == NameToken.Origin.LATIN && a.folded().length() >= 2
                        && b.folded().length() >= 2) {
                    List<Integer> list = joined.computeIfAbsent(a.folded() + b.folded(), k -> new ArrayList<>(1));
                    if (list.isEmpty() || list.getLast() != n) {
                        list.add(n);
                    }
                }
            }
        }
        Map<String, int[]> out = new HashMap<>(joined.size() * 2);
        joined.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    int termCount() {
        return terms.length;
    }

    private int[][] buildPostings(int termCount) {
        int[] counts = new int[termCount];
        int[][] lists = new int[termCount][];
        for (int n = 0; n < names.length; n++) {
            for (NameToken token : names[n].variant().words()) {
                for (String form : token.forms()) {
                    counts[termIds.get(form)]++;
                }
            }
        }
        for (int t = 0; t < termCount; t++) {
            lists[t] = new int[counts[t]];
        }
        Arrays.fill(counts, 0);
        for (int n = 0; n < names.length; n++) {
            for (NameToken token : names[n].variant().words()) {
                for (String form : token.forms()) {
                    int t = termIds.get(form);
                    int[] list = lists[t];
                    // a word twice in one name is one posting
                    if (counts[t] == 0 || list[counts[t] - 1] != n) {
                        list[counts[t]++] = n;
                    }
                }
            }
        }
        for (int t = 0; t < termCount; t++) {
            if (counts[t] != lists[t].length) {
                lists[t] = Arrays.copyOf(lists[t], counts[t]);
            }
        }
        return lists;
    }

    private int[][] buildTrigrams() {
        int[] counts = new int[ALPHABET * ALPHABET * ALPHABET];
        for (String term : terms) {
            forEachTrigram(term, g -> counts[g]++);
        }
        int[][] lists = new int[counts.length][];
        int[] fill = new int[counts.length];
        for (int t = 0; t < terms.length; t++) {
            int term = t;
            forEachTrigram(terms[t], g -> {
                if (lists[g] == null) {
                    lists[g] = new int[counts[g]];
                }
                if (fill[g] == 0 || lists[g][fill[g] - 1] != term) {
                    lists[g][fill[g]++] = term;
                }
            });
        }
        for (int g = 0; g < lists.length; g++) {
            if (lists[g] != null && fill[g] != lists[g].length) {
                lists[g] = Arrays.copyOf(lists[g], fill[g]);
            }
        }
        return lists;
    }

    /** Trigrams of the word padded with one boundary mark each side: "hung" → $hu hun ung ng$. */
    static void forEachTrigram(String word, java.util.function.IntConsumer consumer) {
        int length = word.length();
        if (length < 2) {
            return;
        }
        for (int i = -1; i < length - 1; i++) {
            int a = i < 0 ? 0 : code(word.charAt(i));
            int b = code(word.charAt(i + 1));
            int c = i + 2 < length ? code(word.charAt(i + 2)) : 0;
            consumer.accept((a * ALPHABET + b) * ALPHABET + c);
        }
    }

    static int trigramCount(String word) {
        return word.length() < 2 ? 0 : word.length();
    }

    private static int code(char c) {
        return c >= 'a' ? c - 'a' + 1 : c - '0' + 27;
    }
}
