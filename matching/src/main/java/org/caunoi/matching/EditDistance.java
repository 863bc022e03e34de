package org.caunoi.matching;

/**
 * Bounded Damerau-Levenshtein (optimal string alignment) distance: only "is it at most k?", with
 * an early exit, which is all the matcher asks. Hand-written because commons-text has no
 * transposition-aware bounded variant and this runs in the query path.
 */
final class EditDistance {

    /** Three rows of the table per thread: this runs for many word pairs per query. */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[32], new int[32], new int[32]});

    private EditDistance() {
    }

    static boolean atMost(String a, String b, int k) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > k) {
            return false;
        }
        int[][] rows = ROWS.get();
        if (rows[0].length <= lb) {
            rows = new int[][] {new int[lb + 1], new int[lb + 1], new int[lb + 1]};
            ROWS.set(rows);
        }
        int[] prevPrev = rows[0];
        int[] prev = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prevPrev[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = prevPrev;
            prevPrev = prev;
            prev = current;
            current = t;
        }
        return prev[lb] <= k;
    }
}
