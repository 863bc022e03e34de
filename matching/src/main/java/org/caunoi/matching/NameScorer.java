package org.caunoi.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Scores one reading of the query against one reading of an entry name at the level of name
 * parts. Words are paired greedily by similarity × weight in any order; the score is the matched
 * weight against the matched weight plus the cost of what the names say differently (see
 * {@link #combine}). Frequent words weigh little and cannot carry a match alone.
 */
final class NameScorer {

    /** Cost of a word's weight left unmatched on both sides: the names disagree there. */
    static final double CONFLICT_COST = 1.0;
    /**
     * Bounds of what an unmatched word costs, in weight units (a word found in one entry of ten
     * thousand weighs about 9, one in every tenth entry about 2.4).
     */
    static final double PENALTY_FLOOR = 2.0;
    static final double PENALTY_CAP = 4.0;
    /** Cost of a word's weight left unmatched on one side only: one name is said more fully. */
    static final double MISSING_COST = 0.4;
    /** Score factor when names made only of frequent words agree only in part. */
    static final double ONLY_COMMON_WORDS = 0.5;
    /** Score factor when both names carry legal forms of incompatible kinds (TNHH vs JSC). */
    static final double FORM_MISMATCH = 0.92;
    /** A field cut short: the query's last word is the start of an entry word ("Vâ" for "Vân"). */
    static final double CUT_LAST_WORD = 0.8;
    /**
     * Score factor for a Vietnamese or Chinese name written without its middle name ("Nguyễn Hùng"
     * for Nguyễn Văn Hùng, as foreign partners write it): found, but below the name written in full.
     */
    static final double MIDDLE_NAME_MISSING = 0.9;
    /**
     * Score factor when the names meet in one pair of words only and that pair is only alike, not
     * the same, while either name has words besides it ("YAQOOB, Mohammad" / YAGHOUB, FARC /
     * "FAROOQ, Muhammad", "ATEF, Muhammad" / HATEF SHIPPING): a name said more fully, or differing
     * in another word, is believable when the word the two share is the same, far less when the only
     * evidence is a likeness of one word.
     */
    static final double LONE_WORD_ONLY_ALIKE = 0.85;
    /**
     * Two words left unmatched, one on each side, whose Jaro-Winkler similarity reaches
     * {@link #NEAR_MISS_FLOOR} are a near miss (Saalim / Sam, Zuhilma / Zuhayr, Mustah / Maftah):
     * not the same name, but no evidence of another one either, so the conflict they make costs less,
     * up to {@link #NEAR_MISS_DISCOUNT} of it at a similarity of {@link TokenSimilarity#TYPO_FLOOR}.
     */
    static final double NEAR_MISS_FLOOR = 0.7;
    static final double NEAR_MISS_DISCOUNT = 0.8;
    /**
     * Score factor when a bare name leaves out a company's business terms: the query names no
     * business and no legal form at all ("Hoàng Long", "Minh Phát", "Huaqiang" for Công ty TNHH
     * Thương mại Xuất nhập khẩu Hoàng Long, …, 华强贸易有限公司). An officer who types a brand alone
     * means the company named so: what it trades in is then said more fully, and costs what a middle
     * name left out does ({@link #MIDDLE_NAME_MISSING}), not each term the cap (nor more than the terms
     * cost one by one, as a rare brand's few words may). Two names that both
     * say a business and differ on it keep paying for every term ({@link #penalty}).
     */
    static final double BUSINESS_NOT_SAID = 0.9;

    /**
     * Similarity of a Vietnamese syllable to a pinyin syllable that some character common in names
     * reads as both ({@link HanVietOfPinyin}: Trương / Zhang, Mẫn / Min), in a query of Vietnamese
     * syllables against a name written in pinyin alone: a reading, but of a character guessed among
     * several (wei is Vĩ 伟, Vệ 卫, Ngụy 魏, Uy 威, Duy 维), so below a reading of the character
     * itself and like a spelling variant.
     */
    static final double HAN_VIET_OF_PINYIN = 0.85;

    private NameScorer() {
    }

    /**
     * @param lastWordMayBeCut the query's last word is no word of the list, so it may be a field cut short
     * @param sims {@link TokenSimilarity#similarity(NameToken, NameToken)} of each query word (row) to
     *             each entry word (column), worked out by the caller (see {@link WordSimilarities}); changed here
     * @param brandAlone the query is a bare name (no reading of it says a business or a legal form) and
     *                   the entry a company's: the entry's business terms it leaves out cost
     *                   {@link #BUSINESS_NOT_SAID}, all together
     * @param reasons when not null, receives why each part matched or did not
     */
    static double score(NameVariant query, WordCosts queryCosts, boolean lastWordMayBeCut, NameVariant entry,
                        WordCosts entryCosts, double[] sims, boolean brandAlone, List<MatchReason> reasons) {
        double[] queryWeights = queryCosts.weights();
        double[] entryWeights = entryCosts.weights();
        List<NameToken> q = query.words();
        List<NameToken> e = entry.words();
        int m = q.size();
        int n = e.size();
        if (m == 0 || n == 0) {
            return 0.0;
        }
        // a word cut at the end of the field matches the start of an entry word
        if (m > 1 && lastWordMayBeCut) {
            String last = q.get(m - 1).folded();
            for (int j = 0; j < n; j++) {
                if (sims[(m - 1) * n + j] < CUT_LAST_WORD && last.length() < e.get(j).folded().length()
                        && e.get(j).folded().startsWith(last) && q.get(m - 1).origin() == NameToken.Origin.LATIN) {
                    sims[(m - 1) * n + j] = CUT_LAST_WORD;
                }
            }
        }
        boolean readAcross = hanVietAgainstPinyin(q, e);
        if (readAcross) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    if (sims[i * n + j] < HAN_VIET_OF_PINYIN && HanVietOfPinyin.reads(q.get(i).folded(), e.get(j).folded())) {
                        sims[i * n + j] = HAN_VIET_OF_PINYIN;
                    }
                }
            }
        }
        double[] queryCredit = new double[m];
        double[] entryCredit = new double[n];
        int[] pairOfQuery = new int[m];
        Arrays.fill(pairOfQuery, -1);
        for (int round = 0; round < Math.min(m, n); round++) {
            int bestI = -1;
            int bestJ = -1;
            double best = 0;
            for (int i = 0; i < m; i++) {
                if (pairOfQuery[i] != -1) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double s = sims[i * n + j];
                    if (s > 0 && entryCredit[j] == 0) {
                        double gain = s * (queryWeights[i] + entryWeights[j]);
                        if (gain > best) {
                            best = gain;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            pairOfQuery[bestI] = bestJ;
            queryCredit[bestI] = entryCredit[bestJ] = sims[bestI * n + bestJ];
        }
        List<MatchReason> joins = reasons == null ? null : new ArrayList<>();
        joinAdjacent(q, pairOfQuery, queryCredit, e, entryCredit, joins);
        joinArticle(q, pairOfQuery, queryCredit, e, entryCredit, joins);

        // a reading with a legal form set apart ("Sa" as S.A.) has lost a word of the name, not a
        // middle name; and a company has none
        boolean[] middleMissing = query.forms().isEmpty() && entry.forms().isEmpty()
                ? middleNameMissing(q, queryCredit, pairOfQuery, e, entryCredit) : null;
        double[] queryCostFactor = null;
        double[] entryCostFactor = null;
        if (middleMissing != null) {
            entryCostFactor = new double[n];
            for (int j = 0; j < n; j++) {
                entryCostFactor[j] = middleMissing[j] ? 0.0 : 1.0;
            }
        } else {
            double[][] near = nearMisses(q, queryCredit, e, entryCredit);
            if (near != null) {
                queryCostFactor = near[0];
                entryCostFactor = near[1];
            }
        }
        boolean businessNotSaid = false;
        double[] asSaid = brandAlone && entryCostFactor != null ? entryCostFactor.clone() : entryCostFactor;
        // the brand typed must be all in the name, and not by the likeness of one word alone: a word
        // of the query the name lacks still disagrees with the business the name says
        if (brandAlone && Arrays.stream(queryCredit).allMatch(c -> c > 0) && !onlyOnePairOnlyAlike(queryCredit, entryCredit)) {
            for (int j = 0; j < n; j++) {
                if (entryCredit[j] == 0 && BusinessTerms.businessWord(e.get(j))) {
                    if (entryCostFactor == null) {
                        entryCostFactor = filled(n);
                    }
                    entryCostFactor[j] = 0.0;
                    businessNotSaid = true;
                }
            }
        }
        double score = combine(queryCosts, queryCredit, entryCosts, entryCredit, queryCostFactor, entryCostFactor);
        if (middleMissing != null) {
            score *= MIDDLE_NAME_MISSING;
        }
        if (businessNotSaid) {
            // never below what the terms cost one by one: a rare brand's few cheap words cost less
            double termByTerm = combine(queryCosts, queryCredit, entryCosts, entryCredit, queryCostFactor, asSaid);
            score = Math.max(score * BUSINESS_NOT_SAID, termByTerm * (middleMissing != null ? MIDDLE_NAME_MISSING : 1.0));
        }
        if (onlyOnePairOnlyAlike(queryCredit, entryCredit)) {
            score *= LONE_WORD_ONLY_ALIKE;
        }
        double formFactor = compareForms(query.forms(), entry.forms(), reasons);
        if (reasons != null) {
            explain(q, e, sims, pairOfQuery, queryCredit, entryCredit, middleMissing, readAcross, reasons);
            reasons.addAll(0, joins);
        }
        return score * formFactor;
    }

    /**
     * Matched weight against matched weight plus what the names say differently: words left
     * unmatched on both sides are a conflict (Nguyễn Văn Hùng / Trần Văn Hùng), words on one side
     * only are a name said more fully (STEKLOVOLOKNO / POLOTSK STEKLOVOLOKNO) and cost far less.
     * An unmatched word costs its weight kept within bounds ({@link #penalty}): how rare a word is
     * says how much agreeing on it proves, not how much a differing spelling of it disproves.
     */
    static double combine(WordCosts query, double[] qc, WordCosts entry, double[] ec) {
        return combine(query, qc, entry, ec, null, null);
    }

    /**
     * The entry's middle words the query leaves out, when that is all it leaves out of a name of
     * Vietnamese or Chinese syllables: every query word matched, and the entry's first and last
     * words (family and given name, in either order of the query). Null otherwise.
     */
    static boolean[] middleNameMissing(List<NameToken> q, double[] qc, int[] pairOfQuery, List<NameToken> e, double[] ec) {
        int n = e.size();
        if (q.size() < 2 || n < 3 || ec[0] == 0 || ec[n - 1] == 0) {
            return null;
        }
        boolean han = TokenSimilarity.fromHan(e.getFirst());
        // a Chinese name: family character and one given character of three (王明 for 王小明), the
        // characters themselves or their Hán-Việt readings agreeing, not two sounding alike in pinyin
        if (han && (n != 3 || q.size() != 2)) {
            return null;
        }
        for (int i = 0; i < qc.length; i++) {
            if (qc[i] == 0 || han && TokenSimilarity.fromHan(q.get(i)) && pairOfQuery[i] >= 0
                    && !q.get(i).original().equals(e.get(pairOfQuery[i]).original())
                    && (q.get(i).origin() == NameToken.Origin.PINYIN || e.get(pairOfQuery[i]).origin() == NameToken.Origin.PINYIN)) {
                return null;
            }
        }
        boolean[] missing = new boolean[n];
        boolean any = false;
        for (int j = 1; j < n - 1; j++) {
            missing[j] = ec[j] == 0;
            any |= missing[j];
        }
        return any && syllableName(e) ? missing : null;
    }

    /**
     * Whether the query is a name of Vietnamese syllables (Trương Mẫn, Truong Man) and the entry a
     * Chinese name written in pinyin alone (Zhang Min): every entry word the pinyin of a name
     * character, one at least no Vietnamese syllable (so that a Vietnamese name written without its
     * marks, Tan Long, is not read as Chinese), two words or more on each side.
     */
    static boolean hanVietAgainstPinyin(List<NameToken> q, List<NameToken> e) {
        if (q.size() < 2 || e.size() < 2) {
            return false;
        }
        for (NameToken word : q) {
            if (word.origin() != NameToken.Origin.LATIN || !VietnameseSyllables.isSyllable(word.folded())) {
                return false;
            }
        }
        return pinyinName(e);
    }

    /** Whether every word of the name is the pinyin of a name character, one at least no Vietnamese syllable. */
    static boolean pinyinName(List<NameToken> e) {
        boolean foreign = false;
        for (NameToken word : e) {
            if (word.origin() != NameToken.Origin.LATIN || !HanVietOfPinyin.isPinyin(word.folded())) {
                return false;
            }
            foreign |= !VietnameseSyllables.isSyllable(word.folded());
        }
        return foreign;
    }

    /**
     * Whether the names meet in one word each, only alike (credit below 1), and one of them has more
     * words: the likeness is then all the evidence against what else the names say.
     */
    static boolean onlyOnePairOnlyAlike(double[] qc, double[] ec) {
        if (qc.length == 1 && ec.length == 1) {
            return false;
        }
        double pair = 0;
        int matched = 0;
        for (double credit : qc) {
            if (credit > 0) {
                pair = credit;
                matched++;
            }
        }
        int matchedEntry = 0;
        for (double credit : ec) {
            matchedEntry += credit > 0 ? 1 : 0;
        }
        return matched == 1 && matchedEntry == 1 && pair < 1.0;
    }

    /** A name of Vietnamese syllables or of Han characters, whose middle names can be left out. */
    private static boolean syllableName(List<NameToken> words) {
        return words.stream().allMatch(TokenSimilarity::fromHan) || syllablesOnly(words);
    }

    /**
     * Pairs each word left unmatched on one side with the most alike word left unmatched on the
     * other, and where the two are a near miss ({@link #NEAR_MISS_FLOOR}) returns what share of
     * their cost each still carries: {@code [query factors, entry factors]}, or null when there is
     * none. Only Latin words of three letters or more, and not two Vietnamese syllables, whose
     * one-letter differences are other names (Hùng / Hưng); syllables of other languages written in
     * Latin letters differ so between romanisations of one name as well (Loun / Loan, Yun / Yuan).
     */
    static double[][] nearMisses(List<NameToken> q, double[] qc, List<NameToken> e, double[] ec) {
        double[][] factors = null;
        boolean[] taken = null;
        for (int i = 0; i < q.size(); i++) {
            NameToken qw = q.get(i);
            if (qc[i] > 0 || !nearMissCandidate(qw)) {
                continue;
            }
            boolean qVietnamese = VietnameseSyllables.isSyllable(qw.folded());
            int bestJ = -1;
            double best = NEAR_MISS_FLOOR;
            for (int j = 0; j < e.size(); j++) {
                NameToken ew = e.get(j);
                if (ec[j] > 0 || taken != null && taken[j] || !nearMissCandidate(ew)
                        || qVietnamese && VietnameseSyllables.isSyllable(ew.folded())) {
                    continue;
                }
                double s = JaroWinkler.similarity(qw.folded(), ew.folded());
                if (s >= best) {
                    best = s;
                    bestJ = j;
                }
            }
            if (bestJ >= 0) {
                if (factors == null) {
                    factors = new double[][] {filled(q.size()), filled(e.size())};
                    taken = new boolean[e.size()];
                }
                taken[bestJ] = true;
                double factor = 1 - NEAR_MISS_DISCOUNT * Math.min(1.0, (best - NEAR_MISS_FLOOR) / (TokenSimilarity.TYPO_FLOOR - NEAR_MISS_FLOOR));
                factors[0][i] = factors[1][bestJ] = factor;
            }
        }
        return factors;
    }

    private static boolean nearMissCandidate(NameToken word) {
        return word.origin() == NameToken.Origin.LATIN && word.folded().length() >= 3 && !CommonWords.isFunctionWord(word.folded());
    }

    private static double[] filled(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /**
     * {@link #combine(WordCosts, double[], WordCosts, double[])}, each unmatched word's cost times its
     * factor (null: all 1): 0 for a middle name left out or a business term a bare name leaves out
     * ({@link #BUSINESS_NOT_SAID}), less than 1 for a near miss.
     */
    static double combine(WordCosts query, double[] qc, WordCosts entry, double[] ec, double[] queryFactor, double[] entryFactor) {
        double matched = 0;
        double matchedWeight = 0;
        double unmatchedQuery = 0;
        double unmatchedEntry = 0;
        boolean distinctMatched = false;
        for (int side = 0; side < 2; side++) {
            WordCosts words = side == 0 ? query : entry;
            double[] w = words.weights();
            double[] c = side == 0 ? qc : ec;
            for (int i = 0; i < w.length; i++) {
                if (c[i] > 0) {
                    matched += w[i] * c[i] / 2;
                    matchedWeight += w[i] / 2;
                    distinctMatched |= !words.common()[i];
                } else if (side == 0) {
                    unmatchedQuery += words.penalties()[i] * (queryFactor == null ? 1.0 : queryFactor[i]);
                } else {
                    unmatchedEntry += words.penalties()[i] * (entryFactor == null ? 1.0 : entryFactor[i]);
                }
            }
        }
        double score = ratio(matched, matchedWeight, unmatchedQuery, unmatchedEntry);
        // a name said without its middle name, or a brand without its business, is all there: family
        // and given name, or the brand, agree, however frequent
        return distinctMatched || unmatchedQuery + unmatchedEntry == 0 ? score : score * ONLY_COMMON_WORDS;
    }

    /**
     * What {@link #combine} needs of each word of one reading of a name beside its similarities,
     * worked out once per reading (an entry's when the index is built, the query's once per query)
     * rather than for every candidate: its weight, what it costs unmatched ({@link #penalty}), and
     * whether it is a frequent word ({@link CommonWords#isCommon}).
     */
    record WordCosts(double[] weights, double[] penalties, boolean[] common) {

        static WordCosts of(List<NameToken> words, double[] weights) {
            double[] penalties = new double[words.size()];
            boolean[] common = new boolean[words.size()];
            boolean syllables = syllablesOnly(words);
            for (int i = 0; i < penalties.length; i++) {
                penalties[i] = penalty(words.get(i), weights[i], syllables);
                common[i] = CommonWords.isCommon(words.get(i).folded());
            }
            return new WordCosts(weights, penalties, common);
        }
    }

    /**
     * What an unmatched word costs: its weight between a floor and a cap, function words only
     * their weight. A syllable of a Vietnamese or Chinese name costs at least the cap: such names
     * have few parts, and one that differs (Lê / Dương Văn Trịnh, 陆 / 和文昊) makes another person.
     */
    static double penalty(NameToken word, double weight, boolean syllablesOnly) {
        String folded = word.folded();
        // Lê, Đỗ, Tô fold to le, do, to: among Vietnamese syllables they are family names, not articles
        if (CommonWords.isFunctionWord(folded) && !(syllablesOnly && CommonWords.isVietnameseFamilyName(folded))) {
            return weight;
        }
        // a business term unmatched costs what the syllables it stands for cost (Vận tải, 贸易): one
        // name saying what a company does and the other not is no cheaper for being translated
        if (TokenSimilarity.fromHan(word) || TokenSimilarity.oneSyllable(folded) || word.origin() == NameToken.Origin.BUSINESS_TERM) {
            return Math.max(PENALTY_CAP, weight);
        }
        return Math.min(PENALTY_CAP, Math.max(PENALTY_FLOOR, weight));
    }

    /**
     * Whether the name's own words (business terms aside) are all one-syllable Latin words, as in a
     * Vietnamese name ("Le Van Hung", "Do Thu Construction"), rather than a name with articles
     * ("LE CLAUDE", "DE LA CRUZ").
     */
    static boolean syllablesOnly(List<NameToken> words) {
        int syllables = 0;
        for (NameToken word : words) {
            if (word.origin() == NameToken.Origin.BUSINESS_TERM) {
                continue;
            }
            if (word.origin() != NameToken.Origin.LATIN || !TokenSimilarity.oneSyllable(word.folded())) {
                return false;
            }
            syllables++;
        }
        return syllables >= 2;
    }

    /** The score of {@link #combine}: also the candidate index's estimate, from weights alone. */
    static double ratio(double matched, double matchedWeight, double unmatchedQuery, double unmatchedEntry) {
        if (matched <= 0) {
            return 0.0;
        }
        double conflict = Math.min(unmatchedQuery, unmatchedEntry);
        double missing = Math.abs(unmatchedQuery - unmatchedEntry);
        return matched / (matchedWeight + CONFLICT_COST * conflict + MISSING_COST * missing);
    }

    /**
     * Pairs a word left unmatched with two adjacent unmatched words of the other name written
     * together ("ALRAHMAH" / "AL RAHMAH", "Wenxiong" / "Wen Xiong").
     */
    private static void joinAdjacent(List<NameToken> q, int[] pairOfQuery, double[] qc, List<NameToken> e, double[] ec,
                                     List<MatchReason> reasons) {
        for (int i = 0; i < q.size(); i++) {
            if (qc[i] > 0 || q.get(i).folded().length() < 5) {
                continue;
            }
            for (int j = 0; j + 1 < e.size(); j++) {
                if (ec[j] == 0 && ec[j + 1] == 0
                        && closeLength(q.get(i).folded().length(), e.get(j).folded().length() + e.get(j + 1).folded().length())) {
                    double s = joinedSimilarity(q.get(i), e.get(j), e.get(j + 1));
                    if (s >= TokenSimilarity.TYPO_FLOOR) {
                        qc[i] = ec[j] = ec[j + 1] = s;
                        pairOfQuery[i] = Integer.MIN_VALUE;
                        if (reasons != null) {
                            reasons.add(new MatchReason(q.get(i).original(), e.get(j).original() + " " + e.get(j + 1).original(), MatchKind.JOINED, s));
                        }
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < e.size(); j++) {
            if (ec[j] > 0 || e.get(j).folded().length() < 5) {
                continue;
            }
            for (int i = 0; i + 1 < q.size(); i++) {
                if (qc[i] == 0 && qc[i + 1] == 0
                        && closeLength(q.get(i).folded().length() + q.get(i + 1).folded().length(), e.get(j).folded().length())) {
                    double s = joinedSimilarity(e.get(j), q.get(i), q.get(i + 1));
                    if (s >= TokenSimilarity.TYPO_FLOOR) {
                        qc[i] = qc[i + 1] = ec[j] = s;
                        pairOfQuery[i] = pairOfQuery[i + 1] = Integer.MIN_VALUE;
                        if (reasons != null) {
                            reasons.add(new MatchReason(q.get(i).original() + " " + q.get(i + 1).original(), e.get(j).original(), MatchKind.JOINED, s));
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * The Arabic article as it stands between the two parts of a compound name written apart, by
     * itself or assimilated to the next consonant (Nasr al-Din, Bashir-ud-Din, Habib-ur-Rahman,
     * Abd-as-Salam), as sanctions lists and passports write it.
     */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ul", "il",
            "ad", "ed", "ud", "ar", "er", "ur", "as", "es", "us", "ash", "esh", "ush", "at", "et", "ut", "az", "ez", "uz",
            "an", "en", "un", "adh", "ath");

    /**
     * Pairs a word left unmatched with three adjacent unmatched words of the other name when they are
     * an Arabic compound name with its article written apart and the word is that name written as
     * one: Nasreddine / Nasr al-Din, Abdulrahman / Abd al-Rahman, Tajideen / Taj al-Din, Bashiruddin
     * / Bashir-ud-Din. The article is then written with the first part (Abdul-), assimilated to the
     * second (Abdur-Rahman) or left to a vowel (Taji-deen), so the word is compared with the two
     * parts together, with an l between them and with the article as written.
     */
    private static void joinArticle(List<NameToken> q, int[] pairOfQuery, double[] qc, List<NameToken> e, double[] ec,
                                    List<MatchReason> reasons) {
        for (int i = 0; i < q.size(); i++) {
            if (qc[i] > 0 || q.get(i).folded().length() < 6 || q.get(i).origin() != NameToken.Origin.LATIN) {
                continue;
            }
            for (int j = 0; j + 2 < e.size(); j++) {
                if (ec[j] == 0 && ec[j + 1] == 0 && ec[j + 2] == 0 && compoundWithArticle(e.get(j), e.get(j + 1), e.get(j + 2))) {
                    double s = compoundSimilarity(q.get(i).folded(), e.get(j).folded(), e.get(j + 1).folded(), e.get(j + 2).folded());
                    if (s >= TokenSimilarity.TYPO_FLOOR) {
                        qc[i] = ec[j] = ec[j + 1] = ec[j + 2] = s;
                        pairOfQuery[i] = Integer.MIN_VALUE;
                        if (reasons != null) {
                            reasons.add(new MatchReason(q.get(i).original(),
                                    e.get(j).original() + " " + e.get(j + 1).original() + " " + e.get(j + 2).original(), MatchKind.JOINED, s));
                        }
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < e.size(); j++) {
            if (ec[j] > 0 || e.get(j).folded().length() < 6 || e.get(j).origin() != NameToken.Origin.LATIN) {
                continue;
            }
            for (int i = 0; i + 2 < q.size(); i++) {
                if (qc[i] == 0 && qc[i + 1] == 0 && qc[i + 2] == 0 && compoundWithArticle(q.get(i), q.get(i + 1), q.get(i + 2))) {
                    double s = compoundSimilarity(e.get(j).folded(), q.get(i).folded(), q.get(i + 1).folded(), q.get(i + 2).folded());
                    if (s >= TokenSimilarity.TYPO_FLOOR) {
                        qc[i] = qc[i + 1] = qc[i + 2] = ec[j] = s;
                        pairOfQuery[i] = pairOfQuery[i + 1] = pairOfQuery[i + 2] = Integer.MIN_VALUE;
                        if (reasons != null) {
                            reasons.add(new MatchReason(q.get(i).original() + " " + q.get(i + 1).original() + " " + q.get(i + 2).original(),
                                    e.get(j).original(), MatchKind.JOINED, s));
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * The sound keys ({@link TokenSimilarity#soundKey}) under which the Arabic compounds a name writes
     * apart are found when written as one word: the parts together and with an l between them (the
     * article written as one word shares the scorer's tests but for its own vowels).
     */
    static List<String> compoundKeys(List<NameToken> words) {
        List<String> keys = new ArrayList<>(0);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (compoundWithArticle(words.get(i), words.get(i + 1), words.get(i + 2))) {
                String first = words.get(i).folded();
                String second = words.get(i + 2).folded();
                for (String joined : List.of(first + second, first + "l" + second)) {
                    String key = TokenSimilarity.soundKey(joined);
                    if (!key.isEmpty() && !keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    static boolean compoundWithArticle(NameToken first, NameToken article, NameToken second) {
        return first.origin() == NameToken.Origin.LATIN && article.origin() == NameToken.Origin.LATIN
                && second.origin() == NameToken.Origin.LATIN && first.folded().length() >= 2 && second.folded().length() >= 2
                && ARABIC_ARTICLES.contains(article.folded());
    }

    /** The word against the compound's parts together, with an l between them, and with the article as written. */
    static double compoundSimilarity(String word, String first, String article, String second) {
        double s = TokenSimilarity.similarity(word, first + second);
        s = Math.max(s, TokenSimilarity.similarity(word, first + "l" + second));
        return Math.max(s, TokenSimilarity.similarity(word, first + article + second));
    }

    /** A word against two words written together; readings of Han characters must agree exactly. */
    private static double joinedSimilarity(NameToken one, NameToken first, NameToken second) {
        String joined = first.folded() + second.folded();
        if (TokenSimilarity.fromHan(one) || TokenSimilarity.fromHan(first) || TokenSimilarity.fromHan(second)) {
            return one.folded().equals(joined) ? 1.0 : 0.0;
        }
        return TokenSimilarity.similarity(one.folded(), joined);
    }

    private static boolean closeLength(int a, int b) {
        return Math.abs(a - b) <= 2;
    }

    private static double compareForms(List<CompanyForm> query, List<CompanyForm> entry, List<MatchReason> reasons) {
        if (query.isEmpty() || entry.isEmpty()) {
            return 1.0;
        }
        for (CompanyForm qf : query) {
            for (CompanyForm ef : entry) {
                if (CompanyForms.compatible(qf.kind(), ef.kind())) {
                    if (reasons != null) {
                        reasons.add(new MatchReason(qf.original(), ef.original(), MatchKind.COMPANY_FORM, 1.0));
                    }
                    return 1.0;
                }
            }
        }
        if (reasons != null) {
            reasons.add(new MatchReason(query.getFirst().original(), entry.getFirst().original(),
                    MatchKind.COMPANY_FORM_DIFFERS, 0.0));
        }
        return FORM_MISMATCH;
    }

    private static void explain(List<NameToken> q, List<NameToken> e, double[] sims, int[] pairOfQuery,
                                double[] qc, double[] ec, boolean[] middleMissing, boolean readAcross, List<MatchReason> reasons) {
        int n = e.size();
        int insertAt = 0;
        for (int i = 0; i < q.size(); i++) {
            int j = pairOfQuery[i];
            if (j >= 0) {
                double s = sims[i * n + j];
                MatchKind kind = s == CUT_LAST_WORD && i == q.size() - 1 && e.get(j).folded().startsWith(q.get(i).folded())
                        ? MatchKind.TRUNCATION
                        : readAcross && s == HAN_VIET_OF_PINYIN && HanVietOfPinyin.reads(q.get(i).folded(), e.get(j).folded())
                        ? MatchKind.HAN_VIET_OF_PINYIN : TokenSimilarity.kind(q.get(i), e.get(j), s);
                // word pairs first, in query order; form and other reasons follow
                reasons.add(insertAt++, new MatchReason(q.get(i).original(), e.get(j).original(), kind, s));
            }
        }
        for (int i = 0; i < q.size(); i++) {
            if (qc[i] == 0) {
                reasons.add(new MatchReason(q.get(i).original(), "", MatchKind.UNMATCHED_QUERY_PART, 0));
            }
        }
        for (int j = 0; j < n; j++) {
            if (ec[j] == 0) {
                reasons.add(new MatchReason("", e.get(j).original(),
                        middleMissing != null && middleMissing[j] ? MatchKind.MIDDLE_NAME_MISSING : MatchKind.UNMATCHED_ENTRY_PART, 0));
            }
        }
    }
}
