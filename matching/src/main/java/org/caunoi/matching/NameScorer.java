package org.caunoi.matching;

import java.util.List;

/**
 * Scores one reading of the query against one reading of an entry name at the level of name
 * parts: words are paired greedily by similarity × weight in any order, and the score is the
 * weighted share of both names covered by the pairs, so unmatched parts cost in proportion to how
 * rare they are and frequent words (NGUYEN, TRADING) cannot carry a match alone.
 */
final class NameScorer {

    /** Score factor when only frequent words matched and something else did not: they cannot carry a match. */
    static final double ONLY_COMMON_WORDS = 0.5;

    /** Score factor when both names carry legal forms of incompatible kinds (TNHH vs JSC). */
    static final double FORM_MISMATCH = 0.92;

    private NameScorer() {
    }

    /**
     * @param reasons when not null, receives why each part matched or did not
     */
    static double score(NameVariant query, double[] queryWeights, NameVariant entry, double[] entryWeights,
                        List<MatchReason> reasons) {
        List<NameToken> q = query.words();
        List<NameToken> e = entry.words();
        int m = q.size();
        int n = e.size();
        if (m == 0 || n == 0) {
            return 0.0;
        }
        double[] sims = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                sims[i * n + j] = TokenSimilarity.similarity(q.get(i), e.get(j));
            }
        }
        List<MatchReason> joins = reasons == null ? null : new java.util.ArrayList<>();
        int[] pairOfQuery = new int[m];
        java.util.Arrays.fill(pairOfQuery, -1);
        boolean[] usedEntry = new boolean[n];
        double matched = 0;
        boolean distinctive = false;
        for (int round = 0; round < Math.min(m, n); round++) {
            int bestI = -1;
            int bestJ = -1;
            double best = 0;
            for (int i = 0; i < m; i++) {
                if (pairOfQuery[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double s = sims[i * n + j];
                    if (s > 0 && !usedEntry[j]) {
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
            usedEntry[bestJ] = true;
            matched += best;
            distinctive |= !CommonWords.isCommon(q.get(bestI).folded()) || !CommonWords.isCommon(e.get(bestJ).folded());
        }
        double joined = joinAdjacent(q, queryWeights, pairOfQuery, e, entryWeights, usedEntry, joins);
        matched += joined;
        distinctive |= joined > 0;
        boolean unmatchedPart = false;
        for (int i = 0; i < m; i++) {
            unmatchedPart |= pairOfQuery[i] == -1;
        }
        for (int j = 0; j < n; j++) {
            unmatchedPart |= !usedEntry[j];
        }
        double total = 0;
        for (double w : queryWeights) {
            total += w;
        }
        for (double w : entryWeights) {
            total += w;
        }
        double score = total == 0 ? 0 : matched / total;
        if (!distinctive && unmatchedPart) {
            score *= ONLY_COMMON_WORDS;
        }
        double formFactor = compareForms(query.forms(), entry.forms(), reasons);
        if (reasons != null) {
            explain(q, e, sims, pairOfQuery, usedEntry, reasons);
            reasons.addAll(0, joins);
        }
        return score * formFactor;
    }

    /**
     * Pairs a word left unmatched with two adjacent unmatched words of the other name written
     * together ("ALRAHMAH" / "AL RAHMAH", "Wenxiong" / "Wen Xiong"); returns the weight gained.
     */
    private static double joinAdjacent(List<NameToken> q, double[] qw, int[] pairOfQuery, List<NameToken> e, double[] ew,
                                       boolean[] usedEntry, List<MatchReason> reasons) {
        double gained = 0;
        boolean[] usedQuery = new boolean[q.size()];
        for (int i = 0; i < q.size(); i++) {
            usedQuery[i] = pairOfQuery[i] >= 0;
        }
        for (int i = 0; i < q.size(); i++) {
            if (usedQuery[i] || q.get(i).folded().length() < 5) {
                continue;
            }
            for (int j = 0; j + 1 < e.size(); j++) {
                if (!usedEntry[j] && !usedEntry[j + 1]) {
                    double s = TokenSimilarity.similarity(q.get(i).folded(), e.get(j).folded() + e.get(j + 1).folded());
                    if (s >= TokenSimilarity.TYPO_FLOOR) {
                        usedQuery[i] = usedEntry[j] = usedEntry[j + 1] = true;
                        pairOfQuery[i] = Integer.MIN_VALUE;
                        gained += s * (qw[i] + ew[j] + ew[j + 1]);
                        if (reasons != null) {
                            reasons.add(new MatchReason(q.get(i).original(), e.get(j).original() + " " + e.get(j + 1).original(), MatchKind.JOINED, s));
                        }
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < e.size(); j++) {
            if (usedEntry[j] || e.get(j).folded().length() < 5) {
                continue;
            }
            for (int i = 0; i + 1 < q.size(); i++) {
                if (!usedQuery[i] && !usedQuery[i + 1]) {
                    double s = TokenSimilarity.similarity(q.get(i).folded() + q.get(i + 1).folded(), e.get(j).folded());
                    if (s >= TokenSimilarity.TYPO_FLOOR) {
                        usedQuery[i] = usedQuery[i + 1] = usedEntry[j] = true;
                        pairOfQuery[i] = pairOfQuery[i + 1] = Integer.MIN_VALUE;
                        gained += s * (qw[i] + qw[i + 1] + ew[j]);
                        if (reasons != null) {
                            reasons.add(new MatchReason(q.get(i).original() + " " + q.get(i + 1).original(), e.get(j).original(), MatchKind.JOINED, s));
                        }
                        break;
                    }
                }
            }
        }
        return gained;
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
                                boolean[] usedEntry, List<MatchReason> reasons) {
        int n = e.size();
        int insertAt = 0;
        for (int i = 0; i < q.size(); i++) {
            int j = pairOfQuery[i];
            if (j >= 0) {
                double s = sims[i * n + j];
                // word pairs first, in query order; form and other reasons follow
                reasons.add(insertAt++, new MatchReason(q.get(i).original(), e.get(j).original(),
                        TokenSimilarity.kind(q.get(i), e.get(j), s), s));
            }
        }
        for (int i = 0; i < q.size(); i++) {
            if (pairOfQuery[i] == -1) {
                reasons.add(new MatchReason(q.get(i).original(), "", MatchKind.UNMATCHED_QUERY_PART, 0));
            }
        }
        for (int j = 0; j < n; j++) {
            if (!usedEntry[j]) {
                reasons.add(new MatchReason("", e.get(j).original(), MatchKind.UNMATCHED_ENTRY_PART, 0));
            }
        }
    }
}
