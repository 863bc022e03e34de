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
    /** Work arrays of finished queries, lent to the next ones ({@link Screener#SPARE_SCRATCH} at most). */
    final java.util.concurrent.ArrayBlockingQueue<Screener.Scratch> spareScratch =
            new java.util.concurrent.ArrayBlockingQueue<>(Screener.SPARE_SCRATCH);
    /** Sum of a name's word weights: candidates are ranked by the share of it the query covers. */
    final double[] nameTotalWeight;
    /**
     * Weight of a company's business terms in its name (0 for a name that is not a company's): what
     * a bare name does not say ({@link NameScorer#BUSINESS_NOT_SAID}).
     */
    final double[] nameBusinessWeight;
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
    /**
     * Per word, the names of {@link #postings} written in pinyin alone ({@link NameScorer#pinyinName}):
     * the only names {@link Screener#pinyinCandidates} adds. Walking every name of a query word's
     * pinyin syllables (ming, wen…) took about a tenth of a Vietnamese person's name query.
     */
    private final int[][] pinyinPostings;
    private final int[][] trigramTerms;
    private final Map<String, int[]> identifierEntries;
    /** Words by {@link TokenSimilarity#soundKey}: romanisations too far apart for trigrams (Tiurine / Tyurin). */
    private final Map<String, int[]> soundTerms;
    /** Names by two adjacent words written together ("jalalmaab" → JALAL MAAB). */
    private final Map<String, int[]> joinedNames;
    /** Names by the sound keys of an Arabic compound they write apart ({@link NameScorer#compoundKeys}: NASR AL DIN). */
    private final Map<String, int[]> compoundNames;
    /** Names by the acronyms their words' initials spell ({@link Acronyms#initials}). */
    private final Map<String, int[]> initialsNames;
    /** Names of two or more content words by the first two letters of the first: where a contraction starts. */
    private final Map<String, int[]> contractionNames;
    /** {@link Acronyms#contentWords} of each name, worked out once; empty for names of fewer than two. */
    private final List<String>[] contentWords;
    private final double unseenWeight;
    /** {@link #reaches}: what query words reach, remembered for this index (a cache; the index itself never changes). */
    private final Map<String, Boolean> reaching = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many query words {@link #reaching} keeps before it starts again: a bound on its memory, far above a text's vocabulary. */
    static final int REACHING_KEPT = 100_000;

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
        int[] entryFrequency = new int[64];
        long[] phoneticList = new long[64];
        Map<String, List<Integer>> identifiers = new HashMap<>();
        // entries sharing a name share its reading (PreparedNames): its words are numbered once
        Map<PreparedEntry.PreparedName, int[]> nameForms = new IdentityHashMap<>();
        int n = 0;
        for (int e = 0; e < entries.length; e++) {
            List<PreparedEntry.PreparedName> entryNames = entries[e].names();
            Set<Integer> seen = entryNames.size() > 1 ? new HashSet<>() : null;
            for (PreparedEntry.PreparedName name : entryNames) {
                nameEntry[n] = e;
                names[n++] = name;
                int[] ids = nameForms.get(name);
                if (ids == null) {
                    ids = numberForms(name, termList);
                    nameForms.put(name, ids);
                    if (termList.size() > phoneticList.length) {
                        int grown = Math.max(termList.size(), phoneticList.length * 2);
                        entryFrequency = Arrays.copyOf(entryFrequency, grown);
                        int from = phoneticList.length;
                        phoneticList = Arrays.copyOf(phoneticList, grown);
                        Arrays.fill(phoneticList, from, grown, UNKNOWN);
                    }
                    recordPhonetics(name, ids, phoneticList);
                }
                for (int k = 0; k < ids.length; k++) {
                    int id = ids[k];
                    boolean first = seen != null ? seen.add(id) : indexOf(ids, id) == k;
                    if (first) {
                        entryFrequency[id]++;
                    }
                }
            }
            for (Identifier identifier : entries[e].entry().identifiers()) {
                identifiers.computeIfAbsent(identifier.value(), k -> new ArrayList<>()).add(e);
            }
        }
        terms = termList.toArray(String[]::new);
        termPhonetics = Arrays.copyOf(phoneticList, terms.length);
        double total = Math.max(1, entries.length);
        termWeights = new double[terms.length];
        unseenWeight = weightsFrom != null ? weightsFrom.unseenWeight : Math.log(1 + total);
        for (int t = 0; t < terms.length; t++) {
            termWeights[t] = weightsFrom != null ? weightsFrom.weight(terms[t]) : weightOf(terms[t], Math.log(1 + total / entryFrequency[t]));
        }
        termSyllables = new boolean[terms.length];
        for (int t = 0; t < terms.length; t++) {
            termSyllables[t] = TokenSimilarity.oneSyllable(terms[t]);
        }
        termShapes = new long[terms.length];
        for (int t = 0; t < terms.length; t++) {
            termShapes[t] = TokenSimilarity.shape(terms[t]);
        }
        postings = buildPostings(termList.size(), nameForms);
        pinyinPostings = buildPinyinPostings();
        trigramTerms = buildTrigrams();
        soundTerms = buildSoundKeys();
        joinedNames = buildJoined();
        compoundNames = buildCompounds();
        contentWords = buildContentWords();
        initialsNames = buildAcronyms(false);
        contractionNames = buildAcronyms(true);
        identifierEntries = new HashMap<>();
        identifiers.forEach((k, v) -> identifierEntries.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        nameCosts = new NameScorer.WordCosts[nameCount];
        nameTotalWeight = new double[nameCount];
        nameBusinessWeight = new double[nameCount];
        nameTerms = new int[nameCount][];
        // and its costs worked out once
        Map<PreparedEntry.PreparedName, Integer> first = new IdentityHashMap<>();
        for (int i = 0; i < nameCount; i++) {
            Integer same = first.putIfAbsent(names[i], i);
            if (same != null) {
                nameTerms[i] = nameTerms[same];
                nameCosts[i] = nameCosts[same];
                nameTotalWeight[i] = nameTotalWeight[same];
                nameBusinessWeight[i] = nameBusinessWeight[same];
                continue;
            }
            nameTerms[i] = names[i].variant().words().stream().mapToInt(w -> termIds.get(w.folded())).toArray();
            nameCosts[i] = NameScorer.WordCosts.of(names[i].variant().words(), weights(names[i].variant().words()));
            List<NameToken> words = names[i].variant().words();
            boolean company = Screener.company(entries[nameEntry[i]].entry(), names[i].variant());
            for (int k = 0; k < words.size(); k++) {
                double w = nameCosts[i].weights()[k];
                nameTotalWeight[i] += w;
                if (company && BusinessTerms.businessWord(words.get(k))) {
                    nameBusinessWeight[i] += w;
                }
            }
        }
    }

    /** Numbers the name's forms, word by word, giving new forms the next numbers. */
    private int[] numberForms(PreparedEntry.PreparedName name, List<String> termList) {
        IntList ids = new IntList();
        for (NameToken token : name.variant().words()) {
            for (String form : token.forms()) {
                Integer id = termIds.get(form);
                if (id == null) {
                    id = termList.size();
                    termIds.put(form, id);
                    termList.add(form);
                }
                ids.add(id);
            }
        }
        return ids.toArray();
    }

    /** The phonetic key of each word read from Latin letters, under the number of its folded form. */
    private static void recordPhonetics(PreparedEntry.PreparedName name, int[] ids, long[] phonetics) {
        int k = 0;
        for (NameToken token : name.variant().words()) {
            for (String form : token.forms()) {
                if (!TokenSimilarity.fromHan(token) && form.equals(token.folded())) {
                    phonetics[ids[k]] = token.phonetic();
                }
                k++;
            }
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
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

    /**
     * Whether a query word, looked up as {@link Screener} looks it up (cut short at the end of the
     * query, read as a slip, spelled the Vietnamese way), reaches any name of this index; {@code
     * search} finds out, once per word and way.
     */
    boolean reaches(String folded, boolean lastWord, boolean slip, boolean vietnameseSpelling,
                    java.util.function.BooleanSupplier search) {
        String key = folded + (lastWord ? "|c" : "|") + (slip ? "s" : "") + (vietnameseSpelling ? "v" : "");
        Boolean known = reaching.get(key);
        if (known != null) {
            return known;
        }
        if (reaching.size() >= REACHING_KEPT) {
            reaching.clear();
        }
        boolean found = search.getAsBoolean();
        reaching.put(key, found);
        return found;
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

    /** The names of {@link #postings(int)} written in pinyin alone, in the same order. */
    int[] pinyinPostings(int term) {
        return pinyinPostings[term];
    }

    private int[][] buildPinyinPostings() {
        java.util.BitSet pinyinNames = new java.util.BitSet(names.length);
        for (int i = 0; i < names.length; i++) {
            if (NameScorer.pinyinName(names[i].variant().words())) {
                pinyinNames.set(i);
            }
        }
        int[] none = new int[0];
        int[][] byTerm = new int[postings.length][];
        for (int t = 0; t < postings.length; t++) {
            int[] pinyin = Arrays.stream(postings[t]).filter(pinyinNames::get).toArray();
            byTerm[t] = pinyin.length == 0 ? none : pinyin;
        }
        return byTerm;
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

    /** Names holding an Arabic compound written apart whose sound key this is. */
    int[] namesWithCompound(String soundKey) {
        return compoundNames.getOrDefault(soundKey, NONE);
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
            add(value);
        }

        void add(int value) {
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
        Map<String, IntList> joined = new HashMap<>();
        // a name many entries share is split into its pairs once
        Map<PreparedEntry.PreparedName, List<String>> pairs = new IdentityHashMap<>();
        for (int n = 0; n < names.length; n++) {
            for (String pair : pairs.computeIfAbsent(names[n], IndexSnapshot::joinedPairs)) {
                joined.computeIfAbsent(pair, k -> new IntList()).addOnce(n);
            }
        }
        Map<String, int[]> out = new HashMap<>(joined.size() * 2);
        joined.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    private Map<String, int[]> buildCompounds() {
        Map<String, IntList> compounds = new HashMap<>();
        Map<PreparedEntry.PreparedName, List<String>> keys = new IdentityHashMap<>();
        for (int n = 0; n < names.length; n++) {
            for (String key : keys.computeIfAbsent(names[n], name -> NameScorer.compoundKeys(name.variant().words()))) {
                compounds.computeIfAbsent(key, k -> new IntList()).addOnce(n);
            }
        }
        Map<String, int[]> out = new HashMap<>(compounds.size() * 2);
        compounds.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** Each two adjacent Latin words of the name written together. */
    private static List<String> joinedPairs(PreparedEntry.PreparedName name) {
        List<NameToken> words = name.variant().words();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            NameToken a = words.get(i);
            NameToken b = words.get(i + 1);
            if (a.origin() == NameToken.Origin.LATIN && b.origin() == NameToken.Origin.LATIN && a.folded().length() >= 2
                    && b.folded().length() >= 2) {
                out.add(a.folded() + b.folded());
            }
        }
        return out;
    }

    int termCount() {
        return terms.length;
    }

    private int[][] buildPostings(int termCount, Map<PreparedEntry.PreparedName, int[]> nameForms) {
        int[] counts = new int[termCount];
        int[][] lists = new int[termCount][];
        for (int n = 0; n < names.length; n++) {
            for (int t : nameForms.get(names[n])) {
                counts[t]++;
            }
        }
        for (int t = 0; t < termCount; t++) {
            lists[t] = new int[counts[t]];
        }
        Arrays.fill(counts, 0);
        for (int n = 0; n < names.length; n++) {
            for (int t : nameForms.get(names[n])) {
                int[] list = lists[t];
                // a word twice in one name is one posting
                if (counts[t] == 0 || list[counts[t] - 1] != n) {
                    list[counts[t]++] = n;
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
