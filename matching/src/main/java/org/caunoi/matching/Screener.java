package org.caunoi.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one query against one index snapshot: candidate names from exact and trigram-similar words,
 * the best few rescored by {@link NameScorer}, then identifiers, type, date of birth and country
 * applied per entry (agreeing raises the score, differing lowers it), and explanations built for
 * the hits that are returned.
 */
final class Screener {

    /**
     * How many candidate names get the full score: 12 leaves the OFAC linkage and the synthetic
     * benchmark as they were at 20 (F1 within 0.001) and costs a query about a sixth less.
     */
    static final int CANDIDATES = 12;
    /** Share of a weight a bare name may leave unmatched and still rank as a company's brand in full (diacritics, a spelling). */
    static final double BRAND_SLACK = 0.15;

    /**
     * A word more names hold than this (Nguyễn, Văn, Thị among two million Vietnamese persons) only
     * raises the names the query's rarer words found: it weighs little, and summing it over hundreds
     * of thousands of names to rank them cost a query most of its time. When no rarer word found any
     * name, the rarest word picks candidates as any other would.
     */
    static final int FREQUENT = 20_000;

    /** One word of a reading to look up: its place, whether it may be cut short or a slip, and how many names hold it. */
    private record Lookup(List<NameToken> words, int word, boolean last, boolean slip, int names) {
    }

    static final double TYPE_MISMATCH = 0.8;
    static final double BIRTH_YEAR_MISMATCH = 0.85;
    static final double COUNTRY_MISMATCH = 0.95;
    static final double BIRTH_YEAR_BONUS = 0.03;
    /** The same nationality or country agrees, and says less than a birth year: a country holds millions. */
    static final double COUNTRY_BONUS = 0.01;
    /**
     * Both sides give an identifier of one type (a passport number, say) and they differ: likely
     * another person, but people hold several passports over the years, so not ruled out.
     */
    static final double IDENTIFIER_MISMATCH = 0.85;

    /** How many sets of work arrays an index keeps for the next queries; more at once are made and dropped. */
    static final int SPARE_SCRATCH = Math.max(2, Runtime.getRuntime().availableProcessors());

    /**
     * Work arrays sized to one index snapshot (tens of megabytes at millions of names), lent to one
     * query at a time by the snapshot and taken back after it. They were per thread before, but the
     * hub serves each request on a new virtual thread, so every search made a new set: 330 searches
     * at 2,000,000 names allocated 12 GB (JFR), and the collections that followed set the search's p95.
     */
    static final class Scratch {
        final float[] nameScore;
        final int[] touchedNames;
        int touchedCount;
        /** The best gain of the current query word per name: a word counts once per name, however many readings match. */
        final float[] wordScore;
        final int[] wordTouched;
        int wordTouchedCount;
        /**
         * One bit a name, set once the query touches it: a frequent word's postings are checked
         * against these 250 KB (at 2,000,000 names) rather than the two score arrays of 8 MB each.
         */
        final long[] touchedBits;
        final int[] termHits;
        final int[] touchedTerms;
        final WordSimilarities pairs = new WordSimilarities();
        /** Whether a frequent word's postings may only raise names found before ({@link #FREQUENT}). */
        boolean onlyFound;

        Scratch(IndexSnapshot snapshot) {
            nameScore = new float[snapshot.names.length];
            touchedNames = new int[snapshot.names.length];
            wordScore = new float[snapshot.names.length];
            wordTouched = new int[snapshot.names.length];
            touchedBits = new long[(snapshot.names.length + 63) >>> 6];
            termHits = new int[snapshot.termCount()];
            touchedTerms = new int[snapshot.termCount()];
        }
    }

    private Screener() {
    }

    static List<Hit> screen(IndexSnapshot index, ScreeningQuery query, double threshold, int top) {
        return screen(index, null, query, threshold, top);
    }

    /**
     * @param masked  entries of the index that are no longer current (changed or removed since), or null
     */
    static List<Hit> screen(IndexSnapshot index, java.util.BitSet masked, ScreeningQuery query, double threshold, int top) {
        return screen(index, masked, query, analyze(index, query), threshold, top);
    }

    /** The query's readings, analysed once for all the indexes it is screened against (the phonetic keys only come cheaper from the index). */
    static List<NameVariant> analyze(IndexSnapshot index, ScreeningQuery query) {
        boolean stripForms = query.type() != EntryType.PERSON;
        return query.name().isBlank() ? List.of()
                : NameAnalyzer.analyze(query.name(), stripForms, query.type() == null, index::phonetics);
    }

    static List<Hit> screen(IndexSnapshot index, java.util.BitSet masked, ScreeningQuery query, List<NameVariant> variants,
                            double threshold, int top) {
        if (index.size() == 0) {
            return List.of();
        }
        Scratch scratch = borrow(index);
        scratch.touchedCount = 0;
        WordSimilarities pairs = scratch.pairs;
        pairs.start(index, variants);
        List<Lookup> lookups = lookups(index, variants);
        double queryWeight = 0;
        for (Lookup lookup : lookups) {
            queryWeight += index.weight(lookup.words().get(lookup.word()).folded());
        }
        // the rarer words first, so that a word too frequent to pick candidates finds them already there
        lookups.sort(Comparator.comparingInt(l -> l.names() > FREQUENT ? l.names() : 0));
        for (Lookup lookup : lookups) {
            NameToken token = lookup.words().get(lookup.word());
            scratch.onlyFound = scratch.touchedCount > 0;
            for (String form : token.forms()) {
                collect(index, scratch, form, lookup.last(), lookup.slip(), token.origin() != NameToken.Origin.PINYIN, pairs.number(form));
            }
            if (token.origin() == NameToken.Origin.LATIN) {
                collectJoined(index, scratch, lookup.words(), lookup.word());
            }
            mergeWord(scratch);
        }
        boolean bare = bareName(query, variants);
        int[] candidates = pinyinCandidates(index, variants, topNames(index, scratch, CANDIDATES, queryWeight, bare, masked), masked);

        NameScorer.WordCosts[] queryCosts = new NameScorer.WordCosts[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            List<NameToken> words = variants.get(v).words();
            queryCosts[v] = NameScorer.WordCosts.of(words, index.weights(words));
        }
        boolean[] mayBeCut = new boolean[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            List<NameToken> words = variants.get(v).words();
            // a word the list knows is a whole word, not one cut short
            mayBeCut[v] = !words.isEmpty() && index.termId(words.getLast().folded()) < 0;
        }
        // best reading per entry
        Map<Integer, Best> best = new HashMap<>();
        for (int name : candidates) {
            for (int v = 0; v < variants.size(); v++) {
                double s = NameScorer.score(variants.get(v), queryCosts[v], mayBeCut[v], index.names[name].variant(),
                        index.nameCosts[name], pairs.of(v, name), bare && index.nameBusinessWeight[name] > 0, null);
                Best current = best.get(index.nameEntry[name]);
                if (current == null || s > current.score) {
                    best.put(index.nameEntry[name], new Best(name, v, s));
                }
            }
        }
        acronymHits(index, variants, best);
        for (Identifier identifier : query.identifiers()) {
            for (int e : index.entriesWithIdentifier(identifier.value())) {
                best.putIfAbsent(e, new Best(-1, -1, 0));
            }
        }
        // a name with a legal form is a company's, even when the query does not say so
        EntryType queryType = query.type() != null ? query.type() : namesACompany(variants) ? EntryType.ORGANISATION : null;
        Integer queryYear = Dates.year(query.dateOfBirth());
        String queryCountry = Countries.code(query.country());
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Best> candidate : best.entrySet()) {
            if (masked != null && masked.get(candidate.getKey())) {
                continue;
            }
            PreparedEntry entry = index.entries[candidate.getKey()];
            Best b = candidate.getValue();
            List<MatchReason> reasons = new ArrayList<>();
            double score = b.score;
            Identifier sameIdentifier = sameIdentifier(query, entry.entry());
            if (sameIdentifier != null) {
                score = 1.0;
                reasons.add(new MatchReason(sameIdentifier.toString(), sameIdentifier.toString(), MatchKind.IDENTIFIER, 1.0));
            } else {
                score = adjust(score, query, queryType, queryYear, queryCountry, entry, null);
            }
            if (score < threshold || score <= 0) {
                continue;
            }
            String matchedName = entry.entry().primaryName();
            if (b.acronym) {
                matchedName = index.names[b.name].display();
                reasons.add(new MatchReason(variants.get(b.variant).words().getFirst().original(), matchedName,
                        MatchKind.ACRONYM, b.score));
            } else if (b.name >= 0) {
                matchedName = index.names[b.name].display();
                List<MatchReason> nameReasons = new ArrayList<>();
                NameScorer.score(variants.get(b.variant), queryCosts[b.variant], mayBeCut[b.variant], index.names[b.name].variant(),
                        index.nameCosts[b.name], pairs.of(b.variant, b.name), bare && index.nameBusinessWeight[b.name] > 0, nameReasons);
                reasons.addAll(joinPhrases(nameReasons));
            }
            if (sameIdentifier == null) {
                adjust(0, query, queryType, queryYear, queryCountry, entry, reasons);
            }
            hits.add(new Hit(entry.entry(), matchedName, Math.min(1.0, score), reasons));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().key()));
        // Only a query that ended normally gives its arrays back: one that failed may leave them dirty.
        giveBack(index, scratch);
        return hits.size() > top ? List.copyOf(hits.subList(0, top)) : hits;
    }

    private static Scratch borrow(IndexSnapshot index) {
        Scratch spare = index.spareScratch.poll();
        return spare != null ? spare : new Scratch(index);
    }

    /** Kept for the next query unless the index already keeps enough (then left to the collector). */
    private static void giveBack(IndexSnapshot index, Scratch scratch) {
        index.spareScratch.offer(scratch);
    }

    /**
     * Whether {@link #screen} could find any entry for these readings: false only when none of their
     * words reaches a word of the index as the candidate search looks words up (so no name would be
     * touched) and no reading is an acronym. What a word reaches is remembered with the index
     * ({@link IndexSnapshot#reaches}), so a text's word windows, which share their words, cost
     * little more than their analysis.
     */
    static boolean mayFind(IndexSnapshot index, List<NameVariant> variants) {
        if (index.size() == 0) {
            return false;
        }
        if (variants.stream().anyMatch(variant -> Acronyms.asAcronym(variant) != null)) {
            return true;
        }
        for (Lookup lookup : lookups(index, variants)) {
            NameToken token = lookup.words().get(lookup.word());
            boolean vietnameseSpelling = token.origin() != NameToken.Origin.PINYIN;
            for (String form : token.forms()) {
                if (index.reaches(form, lookup.last(), lookup.slip(), vietnameseSpelling,
                        () -> reachesAny(index, form, lookup.last(), lookup.slip(), vietnameseSpelling))) {
                    return true;
                }
            }
            if (token.origin() == NameToken.Origin.LATIN && joinsAny(index, lookup.words(), lookup.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the readings to look up. Readings share most words (with and without the legal
     * form): each word is looked up once per word that follows it, since it is also looked up joined
     * with that word (VAN HUNG as VANHUNG) and readings order words differently; a word followed by
     * different words in two readings then counts twice in the candidates' ranking (measured:
     * removing that loses recall).
     */
    private static List<Lookup> lookups(IndexSnapshot index, List<NameVariant> variants) {
        Set<String> looked = new HashSet<>();
        List<Lookup> lookups = new ArrayList<>();
        for (NameVariant variant : variants) {
            List<NameToken> words = variant.words();
            boolean[] slips = slips(words);
            for (int t = 0; t < words.size(); t++) {
                NameToken token = words.get(t);
                boolean last = t == words.size() - 1 && t > 0 && token.origin() == NameToken.Origin.LATIN
                        && index.termId(token.folded()) < 0;
                String next = t + 1 < words.size() ? words.get(t + 1).folded() : "";
                if (looked.add(token.folded() + (last ? "|cut|" : "|") + next)) {
                    lookups.add(new Lookup(words, t, last, slips != null && slips[t], namesHolding(index, token.folded())));
                }
            }
        }
        return lookups;
    }

    private static boolean reachesAny(IndexSnapshot index, String word, boolean lastWord, boolean slip,
                                      boolean vietnameseSpelling) {
        boolean[] reached = {false};
        Scratch scratch = borrow(index);
        similarTerms(index, scratch, word, lastWord, slip, vietnameseSpelling, (term, paired, gain) -> {
            reached[0] |= gain > 0 && index.postings(term).length > 0;
        });
        giveBack(index, scratch);
        return reached[0];
    }

    /** Whether {@link #collectJoined} would touch a name: the word and the next written together, the word as two, or an Arabic compound either way. */
    private static boolean joinsAny(IndexSnapshot index, List<NameToken> words, int t) {
        String word = words.get(t).folded();
        if (t + 1 < words.size() && words.get(t + 1).origin() == NameToken.Origin.LATIN
                && index.termId(word + words.get(t + 1).folded()) >= 0) {
            return true;
        }
        if (word.length() >= 5 && index.namesWithJoined(word).length > 0) {
            return true;
        }
        if (word.length() >= 6 && index.namesWithCompound(TokenSimilarity.soundKey(word)).length > 0) {
            return true;
        }
        for (String key : compoundKeysAt(words, t)) {
            if (index.soundTerms(key).length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * One reason per phrase: an abbreviation or a term that stands for several words of the other
     * name is paired word by word ("TM = Thương", "TM = mại"; "Import = Xuất nhập khẩu", "Export =
     * Xuất nhập khẩu"), which an officer reads better as "TM = Thương mại" and "Import Export =
     * Xuất nhập khẩu". Adjacent pairs of one kind that share a side are joined; words left
     * unmatched stay one by one.
     */
    static List<MatchReason> joinPhrases(List<MatchReason> reasons) {
        List<MatchReason> out = new ArrayList<>(reasons.size());
        for (MatchReason r : reasons) {
            MatchReason last = out.isEmpty() ? null : out.getLast();
            boolean paired = r.kind() != MatchKind.UNMATCHED_QUERY_PART && r.kind() != MatchKind.UNMATCHED_ENTRY_PART
                    && r.kind() != MatchKind.MIDDLE_NAME_MISSING;
            if (last != null && paired && last.kind() == r.kind()) {
                if (last.equals(r)) {
                    continue;
                }
                if (last.queryPart().equals(r.queryPart())) {
                    out.set(out.size() - 1, new MatchReason(last.queryPart(), last.entryPart() + " " + r.entryPart(), r.kind(),
                            Math.min(last.similarity(), r.similarity())));
                    continue;
                }
                if (last.entryPart().equals(r.entryPart())) {
                    out.set(out.size() - 1, new MatchReason(last.queryPart() + " " + r.queryPart(), last.entryPart(), r.kind(),
                            Math.min(last.similarity(), r.similarity())));
                    continue;
                }
            }
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Whether a reading of the name holds a legal form that cannot be a name's syllable
     * ({@link CompanyForm#unmistakable}). Business terms alone do not say it: "Quốc Tế" is also a
     * person's given names.
     */
    static boolean namesACompany(List<NameVariant> variants) {
        return variants.stream().flatMap(v -> v.forms().stream()).anyMatch(CompanyForm::unmistakable);
    }

    /**
     * Whether the query is a bare name: not a person's by its type, and no reading of it says a
     * business or a legal form ("Hoàng Long", "Huaqiang"). An officer who types a brand alone means
     * the company named so ({@link NameScorer#BUSINESS_NOT_SAID}); one who asks for a person does not.
     */
    static boolean bareName(ScreeningQuery query, List<NameVariant> variants) {
        if (query.type() == EntryType.PERSON || variants.isEmpty()) {
            return false;
        }
        for (NameVariant variant : variants) {
            if (!variant.forms().isEmpty() || BusinessTerms.saysABusiness(variant.words())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a reading of an entry's name is a company's, whose business terms a bare name may leave
     * out: an organisation's, or one of no type with a legal form (a person's given names may read as
     * business words: Lê Quốc Tế).
     */
    static boolean company(WatchlistEntry entry, NameVariant variant) {
        return entry.type() == EntryType.ORGANISATION || entry.type() == null && !variant.forms().isEmpty();
    }

    private record Best(int name, int variant, double score, boolean acronym) {
        Best(int name, int variant, double score) {
            this(name, variant, score, false);
        }
    }

    /**
     * A query written as one acronym (PKK, PFLP) or contraction (COPROVA) shares no word with the
     * name it stands for: the names whose initials or word starts spell it are offered beside the
     * scored candidates, each at a fixed similarity lowered by how many names spell the same.
     */
    private static void acronymHits(IndexSnapshot index, List<NameVariant> variants, Map<Integer, Best> best) {
        for (int v = 0; v < variants.size(); v++) {
            String word = Acronyms.asAcronym(variants.get(v));
            if (word == null) {
                continue;
            }
            if (word.length() <= Acronyms.LONGEST) {
                int[] names = index.namesWithInitials(word);
                offerAcronym(index, names, names.length, word.length() > Acronyms.SHORTEST ? Acronyms.INITIALS : Acronyms.SHORT_INITIALS,
                        v, best);
            }
            // a word of the list is that word, not a contraction of others (CIMEX the company)
            if (word.length() >= Acronyms.SHORTEST_CONTRACTION && index.termId(word) < 0) {
                int[] names = index.namesContractedFrom(word);
                int[] spelled = new int[names.length];
                int count = 0;
                for (int name : names) {
                    if (Acronyms.isContraction(word, index.contentWords(name))) {
                        spelled[count++] = name;
                    }
                }
                offerAcronym(index, Arrays.copyOf(spelled, count), count, Acronyms.CONTRACTION, v, best);
            }
        }
    }

    private static void offerAcronym(IndexSnapshot index, int[] names, int count, double base, int variant, Map<Integer, Best> best) {
        if (count == 0) {
            return;
        }
        Set<Integer> entries = new HashSet<>();
        for (int name : names) {
            entries.add(index.nameEntry[name]);
        }
        double score = Acronyms.similarity(base, entries.size());
        if (score <= 0) {
            return;
        }
        for (int name : names) {
            Best current = best.get(index.nameEntry[name]);
            if (current == null || score > current.score) {
                best.put(index.nameEntry[name], new Best(name, variant, score, true));
            }
        }
    }

    private static Identifier sameIdentifier(ScreeningQuery query, WatchlistEntry entry) {
        for (Identifier q : query.identifiers()) {
            for (Identifier e : entry.identifiers()) {
                if (q.sameAs(e)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Applies type, birth year, country and differing identifiers; with reasons given, only records why. */
    private static double adjust(double score, ScreeningQuery query, EntryType queryType, Integer queryYear, String queryCountry,
                                 PreparedEntry entry, List<MatchReason> reasons) {
        EntryType entryType = entry.entry().type();
        if (queryType != null && entryType != null && queryType != entryType) {
            score *= TYPE_MISMATCH;
            if (reasons != null) {
                reasons.add(new MatchReason(queryType.name(), entryType.name(), MatchKind.TYPE_DIFFERS, 0));
            }
        }
        if (queryYear != null && entry.birthYear() != null) {
            boolean same = queryYear.equals(entry.birthYear());
            score = same ? score + BIRTH_YEAR_BONUS : score * BIRTH_YEAR_MISMATCH;
            if (reasons != null) {
                reasons.add(new MatchReason(query.dateOfBirth(), entry.entry().dateOfBirth(),
                        same ? MatchKind.DATE_OF_BIRTH : MatchKind.DATE_OF_BIRTH_DIFFERS, same ? 1 : 0));
            }
        }
        if (queryCountry != null && entry.countryCode() != null) {
            boolean same = queryCountry.equals(entry.countryCode());
            score = same ? score + COUNTRY_BONUS : score * COUNTRY_MISMATCH;
            if (reasons != null) {
                reasons.add(new MatchReason(query.country(), entry.entry().country(),
                        same ? MatchKind.COUNTRY : MatchKind.COUNTRY_DIFFERS, same ? 1 : 0));
            }
        }
        Identifier differing = differingIdentifier(query, entry.entry());
        if (differing != null) {
            score *= IDENTIFIER_MISMATCH;
            if (reasons != null) {
                Identifier asked = query.identifiers().stream().filter(i -> i.type() == differing.type()).findFirst().orElseThrow();
                reasons.add(new MatchReason(asked.toString(), differing.toString(), MatchKind.IDENTIFIER_DIFFERS, 0));
            }
        }
        return score;
    }

    /** An entry's identifier of a type the query also gives, none of the query's of that type equal to it; null if none. */
    private static Identifier differingIdentifier(ScreeningQuery query, WatchlistEntry entry) {
        for (Identifier e : entry.identifiers()) {
            if (e.type() == IdentifierType.OTHER) {
                continue;
            }
            boolean sameType = false;
            for (Identifier q : query.identifiers()) {
                if (q.type() == e.type()) {
                    sameType = true;
                    if (q.sameAs(e)) {
                        return null;
                    }
                }
            }
            if (sameType) {
                return e;
            }
        }
        return null;
    }

    /**
     * Adds the weight of every name holding the word or a spelling variant of it; the similarities
     * worked out are kept for the scorer under the word's number ({@link WordSimilarities}).
     */
    private static void collect(IndexSnapshot index, Scratch scratch, String word, boolean lastWord, boolean slip,
                                boolean vietnameseSpelling, int wordNumber) {
        similarTerms(index, scratch, word, lastWord, slip, vietnameseSpelling, (term, paired, gain) -> {
            if (!Double.isNaN(paired)) {
                scratch.pairs.found(wordNumber, term, paired);
            }
            if (gain > 0) {
                addPostings(index, scratch, term, gain);
            }
        });
    }

    /** A word of the index that a query word reaches: the similarity the scorer keeps for the pair (NaN: none kept), and the weight it adds to the names holding it. */
    private interface SimilarTerm {
        void found(int term, double paired, double gain);
    }

    /** The words of the index a query word may stand for, each with its similarity: the same word, another spelling, a slip, a typo, a likeness of sound. */
    private static void similarTerms(IndexSnapshot index, Scratch scratch, String word, boolean lastWord, boolean slip,
                                     boolean vietnameseSpelling, SimilarTerm similar) {
        int exact = index.termId(word);
        if (exact >= 0) {
            similar.found(exact, Double.NaN, 1.0);
        }
        // Lý / Lí: the other spelling of the syllable is the same word (pinyin li is not Lý)
        String other = vietnameseSpelling ? VietnameseSyllables.otherSpelling(word) : null;
        int otherId = other == null ? -1 : index.termId(other);
        if (otherId >= 0) {
            similar.found(otherId, Double.NaN, 1.0);
        }
        if (slip) {
            // before the spelling test: it keeps its own similarity where it finds one, else the slip's stands
            for (String syllable : VietnameseSyllables.slipsOf(word)) {
                for (String spelt : spellings(syllable)) {
                    int term = index.termId(spelt);
                    if (term >= 0 && term != exact) {
                        similar.found(term, TokenSimilarity.SLIP_SIMILARITY, TokenSimilarity.SLIP_SIMILARITY);
                    }
                }
            }
        }
        int grams = IndexSnapshot.trigramCount(word);
        // other spellings of a frequent word (Mohammed for Muhammad) weigh too little to pick
        // candidates; the scorer still pairs them
        if (grams < 3 || exact >= 0 && CommonWords.isCommon(word)) {
            return;
        }
        int[] touched = scratch.touchedTerms;
        int[] hits = scratch.termHits;
        int[] count = {0};
        IndexSnapshot.forEachTrigram(word, g -> {
            for (int term : index.trigramTerms(g)) {
                if (hits[term]++ == 0) {
                    touched[count[0]++] = term;
                }
            }
        });
        // a typo spoils at most three trigrams; a third of them shared keeps two-typo variants
        int needed = Math.max(2, (grams + 2) / 3);
        boolean syllable = TokenSimilarity.oneSyllable(word);
        long shape = TokenSimilarity.shape(word);
        for (int k = 0; k < count[0]; k++) {
            int term = touched[k];
            // a cut last word may only start an entry word: the shapes do not rule that out
            if (hits[term] >= needed && term != exact && (lastWord || TokenSimilarity.maySpellAlike(shape, index.termShape(term)))) {
                double s = TokenSimilarity.similarity(word, syllable, index.terms[term], index.termIsSyllable(term), false);
                similar.found(term, s, s == 0 && lastWord && index.terms[term].startsWith(word) ? NameScorer.CUT_LAST_WORD : s);
            }
            hits[term] = 0;
        }
        String key = TokenSimilarity.soundKey(word);
        if (!key.isEmpty()) {
            for (int term : index.soundTerms(key)) {
                double s = term == exact ? 0 : TokenSimilarity.similarity(word, syllable, index.terms[term], index.termIsSyllable(term));
                similar.found(term, s, s);
            }
        }
    }

    private static List<String> spellings(String syllable) {
        String other = VietnameseSyllables.otherSpelling(syllable);
        return other == null ? List.of(syllable) : List.of(syllable, other);
    }

    /**
     * Per word of a reading, whether it is read as a slip of the keyboard: no Vietnamese syllable,
     * in a name whose other words are (at least two of them, and at most one slip per two). Null
     * for other names, where a word one letter from a syllable is just another name (Dean / Dan).
     */
    static boolean[] slips(List<NameToken> words) {
        boolean[] slip = new boolean[words.size()];
        int syllables = 0;
        int others = 0;
        for (int i = 0; i < slip.length; i++) {
            NameToken word = words.get(i);
            String folded = word.folded();
            if (word.origin() != NameToken.Origin.LATIN || folded.length() > 8) {
                return null;
            }
            if (VietnameseSyllables.isSyllable(folded)) {
                syllables++;
            } else {
                slip[i] = true;
                others++;
            }
        }
        return syllables >= 2 && others >= 1 && 2 * others <= syllables ? slip : null;
    }

    /**
     * Words written together on one side and apart on the other: this word with the next one as
     * an entry word ("Ebad Zadeh" / EBADZADEH), or this word as two adjacent entry words
     * ("Jalalmaab" / JALAL MAAB). The scorer checks the pairing; here it only makes a candidate.
     */
    private static void collectJoined(IndexSnapshot index, Scratch scratch, List<NameToken> words, int t) {
        String word = words.get(t).folded();
        if (t + 1 < words.size() && words.get(t + 1).origin() == NameToken.Origin.LATIN) {
            int joined = index.termId(word + words.get(t + 1).folded());
            if (joined >= 0) {
                addPostings(index, scratch, joined, 1.0);
            }
        }
        if (word.length() >= 5) {
            float gain = (float) index.weight(word);
            for (int name : index.namesWithJoined(word)) {
                addName(scratch, name, gain);
            }
        }
        // an Arabic compound written as one word on one side and apart on the other (Nasreddine / Nasr al-Din)
        if (word.length() >= 6) {
            String key = TokenSimilarity.soundKey(word);
            if (!key.isEmpty()) {
                float gain = (float) index.weight(word);
                for (int name : index.namesWithCompound(key)) {
                    addName(scratch, name, gain);
                }
            }
        }
        for (String key : compoundKeysAt(words, t)) {
            for (int term : index.soundTerms(key)) {
                addPostings(index, scratch, term, 1.0);
            }
        }
    }

    /** The sound keys of an Arabic compound that starts at this word and is written apart (NASR AL DIN). */
    private static List<String> compoundKeysAt(List<NameToken> words, int t) {
        return t + 2 < words.size() ? NameScorer.compoundKeys(words.subList(t, t + 3)) : List.of();
    }

    /** How many names hold the word as one of their words. */
    private static int namesHolding(IndexSnapshot index, String folded) {
        int term = index.termId(folded);
        return term < 0 ? 0 : index.postings(term).length;
    }

    private static void addName(Scratch scratch, int name, float gain) {
        float[] score = scratch.wordScore;
        if (score[name] == 0f) {
            touch(scratch, name);
        }
        if (gain > score[name]) {
            score[name] = gain;
        }
    }

    private static void addPostings(IndexSnapshot index, Scratch scratch, int term, double similarity) {
        float gain = (float) (similarity * index.termWeight(term));
        float[] score = scratch.wordScore;
        int[] postings = index.postings(term);
        if (scratch.onlyFound && postings.length > FREQUENT) {
            float[] found = scratch.nameScore;
            long[] touched = scratch.touchedBits;
            for (int name : postings) {
                // a name never touched has both scores at zero: most of the postings end here
                if ((touched[name >>> 6] & (1L << name)) == 0 || found[name] == 0f && score[name] == 0f) {
                    continue;
                }
                if (score[name] == 0f) {
                    touch(scratch, name);
                }
                if (gain > score[name]) {
                    score[name] = gain;
                }
            }
            return;
        }
        for (int name : postings) {
            if (score[name] == 0f) {
                touch(scratch, name);
            }
            if (gain > score[name]) {
                score[name] = gain;
            }
        }
    }

    /** At most this many names written in pinyin are scored beside the candidates for a name of Vietnamese syllables. */
    static final int PINYIN_CANDIDATES = 4;

    /**
     * The candidates, and beside them (not in their place: the readings are guesses and must not
     * push out the names the query's words reach as written) the names written in pinyin that two
     * words or more of a query of Vietnamese syllables may stand for by their Hán-Việt readings
     * (Trương Mẫn: zhang, min), as the scorer pairs them ({@link NameScorer#HAN_VIET_OF_PINYIN}).
     */
    private static int[] pinyinCandidates(IndexSnapshot index, List<NameVariant> variants, int[] candidates, java.util.BitSet masked) {
        Map<Integer, Integer> reached = null;
        for (NameVariant variant : variants) {
            List<NameToken> words = variant.words();
            if (words.size() < 2 || words.size() > 30 || !words.stream().allMatch(w -> w.origin() == NameToken.Origin.LATIN
                    && VietnameseSyllables.isSyllable(w.folded()))) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                for (String pinyin : HanVietOfPinyin.pinyinOf(words.get(i).folded())) {
                    int term = index.termId(pinyin);
                    if (term < 0 || index.postings(term).length > FREQUENT) {
                        continue;
                    }
                    if (reached == null) {
                        reached = new HashMap<>();
                    }
                    for (int name : index.pinyinPostings(term)) {
                        reached.merge(name, 1 << i, (a, b) -> a | b);
                    }
                }
            }
        }
        if (reached == null) {
            return candidates;
        }
        Set<Integer> already = new HashSet<>();
        for (int name : candidates) {
            already.add(name);
        }
        List<int[]> found = new ArrayList<>();
        reached.forEach((name, words) -> {
            int count = Integer.bitCount(words);
            // the index's pinyin postings hold only names written in pinyin alone
            if (count >= 2 && !already.contains(name) && (masked == null || !masked.get(index.nameEntry[name]))) {
                found.add(new int[] {name, count});
            }
        });
        if (found.isEmpty()) {
            return candidates;
        }
        found.sort(Comparator.<int[]>comparingInt(f -> -f[1]).thenComparingInt(f -> f[0]));
        int extra = Math.min(PINYIN_CANDIDATES, found.size());
        int[] all = Arrays.copyOf(candidates, candidates.length + extra);
        for (int k = 0; k < extra; k++) {
            all[candidates.length + k] = found.get(k)[0];
        }
        return all;
    }

    /** The current word reached the name for the first time. */
    private static void touch(Scratch scratch, int name) {
        scratch.wordTouched[scratch.wordTouchedCount++] = name;
        scratch.touchedBits[name >>> 6] |= 1L << name;
    }

    /** Adds the current word's best gain per name to the names' totals. */
    private static void mergeWord(Scratch scratch) {
        for (int k = 0; k < scratch.wordTouchedCount; k++) {
            int name = scratch.wordTouched[k];
            if (scratch.nameScore[name] == 0f) {
                scratch.touchedNames[scratch.touchedCount++] = name;
            }
            scratch.nameScore[name] += scratch.wordScore[name];
            scratch.wordScore[name] = 0f;
        }
        scratch.wordTouchedCount = 0;
    }

    /** The best names by accumulated weight; resets the accumulators for the next query. */
    private static int[] topNames(IndexSnapshot index, Scratch scratch, int limit, double queryWeight, boolean bare,
                                  java.util.BitSet masked) {
        int count = scratch.touchedCount;
        // a min-heap of the best `limit` keys; positive floats order like their bit patterns
        long[] heap = new long[Math.min(limit, count)];
        int size = 0;
        for (int k = 0; k < count; k++) {
            int name = scratch.touchedNames[k];
            // rank as the scorer will score, from the weights alone
            double matched = scratch.nameScore[name];
            if (masked != null && masked.get(index.nameEntry[name])) {
                // a removed or replaced entry would only be dropped after scoring: it takes no candidate's place
                scratch.nameScore[name] = 0f;
                continue;
            }
            double totalWeight = index.nameTotalWeight[name];
            double share = NameScorer.ratio(matched, matched, Math.max(0, queryWeight - matched), Math.max(0, totalWeight - matched));
            // a bare name that is all of a company's name but its business terms leaves them out at one
            // cost ({@link NameScorer#BUSINESS_NOT_SAID}); any other name is ranked as it was, lest
            // companies sharing one word with the query push out the names it is. The business weight
            // is read only for names that hold nearly all the query: read for each of the thousands
            // of names a query touches, it cost a query a few per cent (one more cache miss a name)
            if (bare && queryWeight - matched < BRAND_SLACK * queryWeight) {
                double business = index.nameBusinessWeight[name];
                double brandLeft = totalWeight - business - matched;
                if (business > 0 && brandLeft < BRAND_SLACK * (totalWeight - business)) {
                    share = Math.max(share, NameScorer.ratio(matched, matched, Math.max(0, queryWeight - matched), Math.max(0, brandLeft))
                            * NameScorer.BUSINESS_NOT_SAID);
                }
            }
            long key = ((long) Float.floatToIntBits((float) share) << 32) | name;
            scratch.nameScore[name] = 0f;
            if (size < heap.length) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        for (int k = 0; k < count; k++) {
            scratch.touchedBits[scratch.touchedNames[k] >>> 6] = 0L;
        }
        Arrays.sort(heap, 0, size);
        int[] top = new int[size];
        for (int k = 0; k < size; k++) {
            top[k] = (int) heap[size - 1 - k];
        }
        scratch.touchedCount = 0;
        return top;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] <= heap[i]) {
                return;
            }
            long t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            long t = heap[smallest];
            heap[smallest] = heap[i];
            heap[i] = t;
            i = smallest;
        }
    }
}
