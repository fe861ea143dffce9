package dev.lathe.prep.balance;

/**
 * Exact k nearest neighbours among the rows of one class, by squared Euclidean distance over the numeric
 * features plus a fixed penalty for every categorical feature on which two rows differ (SMOTE-NC's distance;
 * plain SMOTE has no categorical features). A row is never its own neighbour; equal distances go to the lower
 * row. Brute force: O(rows^2 * features) per class.
 */
final class Neighbours {

    private Neighbours() {
    }

    /**
     * {@code result[i]} lists the k nearest other rows of row i, nearest first.
     *
     * @param numeric         column-major numeric features: {@code numeric[j][i]} is feature j of row i
     * @param categorical     column-major category codes, same layout (may have no columns)
     * @param mismatchSquared added to the squared distance for each categorical feature that differs
     * @param n               number of rows
     * @param k               neighbours per row, fewer than n
     */
    static int[][] nearest(double[][] numeric, int[][] categorical, double mismatchSquared, int n, int k) {
        int[][] out = new int[n][k];
        double[] best = new double[k];
        for (int i = 0; i < n; i++) {
            int[] near = out[i];
            int found = 0;
            for (int m = 0; m < n; m++) {
                if (m == i) {
                    continue;
                }
                double d = distance(numeric, categorical, mismatchSquared, i, m);
                if (found == k && d >= best[k - 1]) {
                    continue;
                }
                int p = found == k ? k - 1 : found++;
                while (p > 0 && best[p - 1] > d) {
                    best[p] = best[p - 1];
                    near[p] = near[p - 1];
                    p--;
                }
                best[p] = d;
                near[p] = m;
            }
        }
        return out;
    }

    private static double distance(double[][] numeric, int[][] categorical, double mismatchSquared, int a, int b) {
        double sum = 0;
        for (double[] feature : numeric) {
            double diff = feature[a] - feature[b];
            sum += diff * diff;
        }
        for (int[] feature : categorical) {
            if (feature[a] != feature[b]) {
                sum += mismatchSquared;
            }
        }
        return sum;
    }
}
