package dev.lathe.eval;

import java.util.Arrays;

/**
 * Metrics of top-N recommendation lists with binary relevance, averaged over users. For one user with
 * recommended items {@code rec} (best first, distinct) and held-out relevant items {@code rel}, with
 * {@code hit(i)} meaning the item at position i (from 1) is relevant:
 * <ul>
 *   <li>precision@k = hits among the first k / k (a list shorter than k still divides by k);</li>
 *   <li>recall@k = hits among the first k / |rel|;</li>
 *   <li>AP@k = sum over hit positions i &lt;= k of (hits among the first i / i), divided by min(k, |rel|)
 *       (MAP@k is its mean, as in Kaggle's {@code apk} and the implicit library);</li>
 *   <li>NDCG@k = sum over hit positions i &lt;= k of 1 / log2(i + 1), divided by the same sum over positions
 *       1..min(k, |rel|) (the ideal list);</li>
 *   <li>coverage@k = distinct items in any user's first k / items in the catalogue.</li>
 * </ul>
 *
 * @param k         list length evaluated
 * @param users     users averaged over
 * @param precision mean precision@k
 * @param recall    mean recall@k
 * @param map       mean AP@k
 * @param ndcg      mean NDCG@k
 * @param coverage  coverage@k
 */
public record TopNMetrics(int k, int users, double precision, double recall, double map, double ndcg,
                          double coverage) {

    /**
     * The metrics over users.
     *
     * @param recommended per user, the recommended item numbers, best first
     * @param relevant    per user, the relevant item numbers (at least one each)
     * @param k           list length, at least 1
     * @param catalogSize number of items that could be recommended, at least 1
     */
    public static TopNMetrics of(int[][] recommended, int[][] relevant, int k, int catalogSize) {
        if (recommended.length != relevant.length || recommended.length == 0) {
            throw new IllegalArgumentException("need one recommendation list and one relevant set per user, for at "
                    + "least one user; got " + recommended.length + " lists and " + relevant.length + " sets");
        }
        if (k < 1 || catalogSize < 1) {
            throw new IllegalArgumentException("k and the catalogue size must be at least 1, got " + k + " and "
                    + catalogSize);
        }
        double p = 0;
        double r = 0;
        double ap = 0;
        double g = 0;
        boolean[] shown = new boolean[catalogSize];
        int distinct = 0;
        for (int u = 0; u < recommended.length; u++) {
            p += precisionAtK(recommended[u], relevant[u], k);
            r += recallAtK(recommended[u], relevant[u], k);
            ap += averagePrecisionAtK(recommended[u], relevant[u], k);
            g += ndcgAtK(recommended[u], relevant[u], k);
            for (int i = 0; i < Math.min(k, recommended[u].length); i++) {
                int item = recommended[u][i];
                if (item < 0 || item >= catalogSize) {
                    throw new IllegalArgumentException("user " + u + " is recommended item " + item
                            + ", outside the catalogue of " + catalogSize);
                }
                if (!shown[item]) {
                    shown[item] = true;
                    distinct++;
                }
            }
        }
        int n = recommended.length;
        return new TopNMetrics(k, n, p / n, r / n, ap / n, g / n, (double) distinct / catalogSize);
    }

    /** precision@k of one user's list. */
    public static double precisionAtK(int[] rec, int[] rel, int k) {
        return (double) hits(rec, sorted(rel), k) / k;
    }

    /** recall@k of one user's list. */
    public static double recallAtK(int[] rec, int[] rel, int k) {
        return (double) hits(rec, sorted(rel), k) / nonEmpty(rel).length;
    }

    /** AP@k of one user's list. */
    public static double averagePrecisionAtK(int[] rec, int[] rel, int k) {
        checkK(k);
        int[] s = sorted(rel);
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, rec.length); i++) {
            if (Arrays.binarySearch(s, rec[i]) >= 0) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return sum / Math.min(k, s.length);
    }

    /** NDCG@k of one user's list. */
    public static double ndcgAtK(int[] rec, int[] rel, int k) {
        checkK(k);
        int[] s = sorted(rel);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, rec.length); i++) {
            if (Arrays.binarySearch(s, rec[i]) >= 0) {
                dcg += discount(i);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, s.length); i++) {
            ideal += discount(i);
        }
        return dcg / ideal;
    }

    private static double discount(int position) {
        return Math.log(2) / Math.log(position + 2);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }

    private static int hits(int[] rec, int[] sortedRel, int k) {
        checkK(k);
        int h = 0;
        for (int i = 0; i < Math.min(k, rec.length); i++) {
            if (Arrays.binarySearch(sortedRel, rec[i]) >= 0) {
                h++;
            }
        }
        return h;
    }

    private static int[] nonEmpty(int[] rel) {
        if (rel.length == 0) {
            throw new IllegalArgumentException("a user needs at least one relevant item to be evaluated");
        }
        return rel;
    }

    private static int[] sorted(int[] rel) {
        int[] s = nonEmpty(rel).clone();
        Arrays.sort(s);
        return s;
    }
}
