package dev.lathe.eval;

import java.util.Arrays;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Clustering metrics, defined as scikit-learn 1.2 defines them. Cluster labels are any ints (e.g. -1 for
 * DBSCAN noise, which counts as one more cluster, as in scikit-learn); points are rows {@code x[i]} of equal
 * width, distances Euclidean. Internal measures (silhouette, Davies-Bouldin, Calinski-Harabasz) need 2 to n - 1
 * clusters; external ones (adjusted Rand, adjusted and normalized mutual information) compare two labellings of
 * the same rows. Mutual information uses natural logarithms and the arithmetic mean of the entropies.
 */
public final class ClusteringMetrics {

    private ClusteringMetrics() {
    }

    /**
     * Mean silhouette (b - a) / max(a, b) over points, a the mean distance to the other points of its cluster,
     * b the smallest mean distance to another cluster's points; a point alone in its cluster scores 0.
     */
    public static double silhouette(double[][] x, int[] labels) {
        int[] c = internal(x, labels);
        int k = count(c);
        int n = x.length;
        long[] size = sizes(c, k);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double[] sum = new double[k];
            for (int j = 0; j < n; j++) {
                sum[c[j]] += distance(x[i], x[j]);
            }
            double a = sum[c[i]] / (size[c[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int q = 0; q < k; q++) {
                if (q != c[i]) {
                    b = Math.min(b, sum[q] / size[q]);
                }
            }
            s += size[c[i]] == 1 ? 0 : (b - a) / Math.max(a, b);
        }
        return s / n;
    }

    /**
     * Davies-Bouldin index: the mean over clusters of max over other clusters of (s_i + s_j) / d(c_i, c_j), s the
     * mean distance of a cluster's points to its centroid c; lower is better. 0 when all spreads or all centroid
     * distances are 0 (within 1e-8, numpy's allclose), and coinciding centroids are skipped, as scikit-learn.
     */
    public static double daviesBouldin(double[][] x, int[] labels) {
        int[] c = internal(x, labels);
        int k = count(c);
        double[][] centroid = centroids(x, c, k);
        double[] spread = new double[k];
        long[] size = sizes(c, k);
        for (int i = 0; i < x.length; i++) {
            spread[c[i]] += distance(x[i], centroid[c[i]]);
        }
        boolean flatSpread = true;
        boolean flatCentroids = true;
        for (int q = 0; q < k; q++) {
            spread[q] /= size[q];
            flatSpread &= Math.abs(spread[q]) <= 1e-8;
            for (int r = 0; r < k; r++) {
                flatCentroids &= distance(centroid[q], centroid[r]) <= 1e-8;
            }
        }
        if (flatSpread || flatCentroids) {
            return 0;
        }
        double s = 0;
        for (int q = 0; q < k; q++) {
            double worst = 0;
            for (int r = 0; r < k; r++) {
                double d = distance(centroid[q], centroid[r]);
                if (d != 0) {
                    worst = Math.max(worst, (spread[q] + spread[r]) / d);
                }
            }
            s += worst;
        }
        return s / k;
    }

    /**
     * Calinski-Harabasz index: between-cluster dispersion / within-cluster dispersion times
     * (n - k) / (k - 1); higher is better; 1 when the within-cluster dispersion is 0, as scikit-learn.
     */
    public static double calinskiHarabasz(double[][] x, int[] labels) {
        int[] c = internal(x, labels);
        int k = count(c);
        double[][] centroid = centroids(x, c, k);
        double[] mean = centroids(x, new int[x.length], 1)[0];
        long[] size = sizes(c, k);
        double between = 0;
        for (int q = 0; q < k; q++) {
            double d = 0;
            for (int f = 0; f < mean.length; f++) {
                d += (centroid[q][f] - mean[f]) * (centroid[q][f] - mean[f]);
            }
            between += size[q] * d;
        }
        double within = 0;
        for (int i = 0; i < x.length; i++) {
            within += squaredDistance(x[i], centroid[c[i]]);
        }
        return within == 0 ? 1 : between * (x.length - k) / (within * (k - 1.0));
    }

    /**
     * Adjusted Rand index: the Rand index over pairs of rows, corrected for chance; 1 for identical partitions
     * (also when both put every row in one cluster), about 0 for independent ones, negative below chance.
     */
    public static double adjustedRand(int[] truth, int[] found) {
        long[][] t = table(truth, found);
        long n = truth.length;
        long squares = 0;
        long[] rows = new long[t.length];
        long[] cols = new long[t[0].length];
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[i].length; j++) {
                squares += t[i][j] * t[i][j];
                rows[i] += t[i][j];
                cols[j] += t[i][j];
            }
        }
        long sameBoth = squares - n;
        long rowDot = 0;
        long colDot = 0;
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[i].length; j++) {
                rowDot += t[i][j] * cols[j];
                colDot += t[i][j] * rows[i];
            }
        }
        long fp = rowDot - squares;
        long fn = colDot - squares;
        long tn = n * n - fp - fn - squares;
        if (fn == 0 && fp == 0) {
            return 1;
        }
        return 2.0 * ((double) sameBoth * tn - (double) fn * fp)
                / ((double) (sameBoth + fn) * (fn + tn) + (double) (sameBoth + fp) * (fp + tn));
    }

    /**
     * Normalized mutual information MI / mean(H(truth), H(found)); 1 when both labellings have a single cluster,
     * 0 when MI is 0.
     */
    public static double normalizedMutualInfo(int[] truth, int[] found) {
        long[][] t = table(truth, found);
        if (t.length == 1 && t[0].length == 1) {
            return 1;
        }
        double mi = mutualInfo(t, truth.length);
        if (mi == 0) {
            return 0;
        }
        return mi / ((entropy(t, true) + entropy(t, false)) / 2);
    }

    /**
     * Adjusted mutual information (MI - E[MI]) / (mean(H(truth), H(found)) - E[MI]), E[MI] the expected mutual
     * information under the hypergeometric model of random labellings with the same cluster sizes; 1 when both
     * labellings have a single cluster. A denominator within machine epsilon of 0 is held at +-epsilon.
     */
    public static double adjustedMutualInfo(int[] truth, int[] found) {
        long[][] t = table(truth, found);
        if (t.length == 1 && t[0].length == 1) {
            return 1;
        }
        int n = truth.length;
        double mi = mutualInfo(t, n);
        double emi = expectedMutualInfo(t, n);
        double denominator = (entropy(t, true) + entropy(t, false)) / 2 - emi;
        double eps = Math.ulp(1.0);
        denominator = denominator < 0 ? Math.min(denominator, -eps) : Math.max(denominator, eps);
        return (mi - emi) / denominator;
    }

    private static double mutualInfo(long[][] t, int n) {
        long[] a = margin(t, true);
        long[] b = margin(t, false);
        if (a.length == 1 || b.length == 1) {
            return 0;
        }
        double total = 0;
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[i].length; j++) {
                if (t[i][j] > 0) {
                    double p = (double) t[i][j] / n;
                    double logOuter = -Math.log((double) (a[i] * b[j])) + Math.log(n) + Math.log(n);
                    double term = p * (Math.log(t[i][j]) - Math.log(n)) + p * logOuter;
                    total += Math.abs(term) < Math.ulp(1.0) ? 0 : term;
                }
            }
        }
        return Math.max(total, 0);
    }

    private static double expectedMutualInfo(long[][] t, int n) {
        long[] a = margin(t, true);
        long[] b = margin(t, false);
        if (a.length == 1 || b.length == 1) {
            return 0;
        }
        double glnN = LogGamma.value(n + 1.0);
        double emi = 0;
        for (long ai : a) {
            for (long bj : b) {
                double glnAB = LogGamma.value(ai + 1.0) + LogGamma.value(bj + 1.0) + LogGamma.value(n - ai + 1.0)
                        + LogGamma.value(n - bj + 1.0);
                for (long nij = Math.max(1, ai + bj - n); nij <= Math.min(ai, bj); nij++) {
                    double term2 = Math.log(n) + Math.log(nij) - Math.log(ai) - Math.log(bj);
                    double gln = glnAB - (LogGamma.value(nij + 1.0) + glnN) - LogGamma.value(ai - nij + 1.0)
                            - LogGamma.value(bj - nij + 1.0) - LogGamma.value(n - ai - bj + nij + 1.0);
                    emi += (double) nij / n * term2 * Math.exp(gln);
                }
            }
        }
        return emi;
    }

    private static double entropy(long[][] t, boolean rows) {
        long[] m = margin(t, rows);
        long total = Arrays.stream(m).sum();
        double s = 0;
        for (long v : m) {
            s -= (double) v / total * (Math.log(v) - Math.log(total));
        }
        return s;
    }

    private static long[] margin(long[][] t, boolean rows) {
        long[] out = new long[rows ? t.length : t[0].length];
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[i].length; j++) {
                out[rows ? i : j] += t[i][j];
            }
        }
        return out;
    }

    /** Contingency table of two labellings, rows and columns in increasing label order. */
    private static long[][] table(int[] truth, int[] found) {
        Inputs.paired(truth.length, found.length);
        int[] a = codes(truth);
        int[] b = codes(found);
        long[][] t = new long[count(a)][count(b)];
        for (int i = 0; i < a.length; i++) {
            t[a[i]][b[i]]++;
        }
        return t;
    }

    /** Labels as codes 0..k-1 in increasing label order. */
    private static int[] codes(int[] labels) {
        int[] distinct = Arrays.stream(labels).distinct().sorted().toArray();
        return Arrays.stream(labels).map(v -> Arrays.binarySearch(distinct, v)).toArray();
    }

    private static int count(int[] codes) {
        return Arrays.stream(codes).max().orElse(-1) + 1;
    }

    private static int[] internal(double[][] x, int[] labels) {
        Inputs.paired(labels.length, x.length);
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + x[i].length + " features where row 1 has "
                        + x[0].length);
            }
            for (double v : x[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has a feature that is missing or infinite");
                }
            }
        }
        int[] c = codes(labels);
        int k = count(c);
        if (k < 2 || k > x.length - 1) {
            throw new IllegalArgumentException("the labelling has " + k + " clusters; this metric needs 2 to "
                    + (x.length - 1) + " (the number of rows - 1)");
        }
        return c;
    }

    private static long[] sizes(int[] c, int k) {
        long[] size = new long[k];
        for (int v : c) {
            size[v]++;
        }
        return size;
    }

    private static double[][] centroids(double[][] x, int[] c, int k) {
        double[][] m = new double[k][x[0].length];
        long[] size = sizes(c, k);
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < x[i].length; f++) {
                m[c[i]][f] += x[i][f];
            }
        }
        for (int q = 0; q < k; q++) {
            for (int f = 0; f < m[q].length; f++) {
                m[q][f] /= size[q];
            }
        }
        return m;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            s += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return s;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(squaredDistance(a, b));
    }
}
