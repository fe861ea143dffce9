package dev.lathe.stats.causal;

import java.util.Arrays;

/**
 * One-to-one nearest-neighbour matching on the propensity score, with replacement: every row is matched to the
 * row of the other group whose score is closest (ties go to the lower row index). The ATT averages treated
 * minus matched control outcomes over the treated, the ATC matched treated minus control over the controls,
 * and the ATE is their average weighted by group size.
 */
final class NearestNeighbourMatching {

    private NearestNeighbourMatching() {
    }

    /** For each row, the index of its match in the other group. */
    static int[] match(byte[] t, double[] e) {
        int[] match = new int[t.length];
        for (int group = 0; group < 2; group++) {
            int[] pool = sortedRows(t, e, 1 - group);
            double[] keys = new double[pool.length];
            for (int k = 0; k < pool.length; k++) {
                keys[k] = e[pool[k]];
            }
            for (int i = 0; i < t.length; i++) {
                if (t[i] == group) {
                    match[i] = nearest(pool, keys, e[i]);
                }
            }
        }
        return match;
    }

    /** Matched estimates {ATT, ATC, ATE} for {@code match} from {@link #match}. */
    static double[] effects(byte[] t, double[] y, int[] match) {
        double att = 0;
        double atc = 0;
        int n1 = 0;
        for (int i = 0; i < y.length; i++) {
            if (t[i] == 1) {
                att += y[i] - y[match[i]];
                n1++;
            } else {
                atc += y[match[i]] - y[i];
            }
        }
        int n0 = y.length - n1;
        return new double[] {att / n1, atc / n0, (att + atc) / y.length};
    }

    /** Rows of {@code group}, ordered by score and then row index. */
    private static int[] sortedRows(byte[] t, double[] e, int group) {
        return java.util.stream.IntStream.range(0, t.length).filter(i -> t[i] == group).boxed()
                .sorted((a, b) -> a.equals(b) ? 0 : e[a] != e[b] ? Double.compare(e[a], e[b]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The pool row closest to {@code q}; among equally close rows the lowest index. */
    private static int nearest(int[] pool, double[] keys, double q) {
        int pos = Arrays.binarySearch(keys, q);
        int right = pos >= 0 ? pos : -pos - 1;
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        // the closest scores sit in the runs just below and at or above the insertion point
        for (int side = 0; side < 2; side++) {
            int k = side == 0 ? right - 1 : right;
            if (k < 0 || k >= keys.length) {
                continue;
            }
            int start = k;
            while (start > 0 && keys[start - 1] == keys[k]) {
                start--;
            }
            double d = Math.abs(keys[k] - q);
            int row = pool[start];
            if (d < bestDistance || (d == bestDistance && row < best)) {
                best = row;
                bestDistance = d;
            }
        }
        return best;
    }
}
