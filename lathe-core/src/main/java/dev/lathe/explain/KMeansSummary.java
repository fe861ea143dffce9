package dev.lathe.explain;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means with a seeded k-means++ start over a numeric coding of a frame, reduced to one
 * representative row per cluster (the row nearest its centre) and the cluster's share of the rows.
 */
record KMeansSummary(int[] representatives, double[] weights) {

    private static final int MAX_ITERATIONS = 100;

    static KMeansSummary of(Frame data, int k, long seed) {
        double[][] x = code(data);
        int n = data.rowCount();
        double[][] centres = start(x, n, k, new SplittableRandom(seed));
        int[] cluster = new int[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = assign(x, centres, cluster) || iteration == 0;
            update(x, centres, cluster);
            if (!changed) {
                break;
            }
        }
        assign(x, centres, cluster);
        int[] best = new int[k];
        double[] bestDistance = new double[k];
        double[] size = new double[k];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < n; i++) {
            int c = cluster[i];
            double d = distance(x, i, centres[c]);
            size[c]++;
            if (best[c] < 0 || d < bestDistance[c]) {
                best[c] = i;
                bestDistance[c] = d;
            }
        }
        List<Integer> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (best[c] >= 0) {
                rows.add(best[c]);
                weights.add(size[c] / n);
            }
        }
        return new KMeansSummary(rows.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Standardised numeric and boolean columns (missing = the mean) and level indicators, column-major. */
    private static double[][] code(Frame data) {
        List<double[]> out = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c instanceof NumericColumn || c instanceof BooleanColumn) {
                double[] v = new double[c.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = c.isMissing(i) ? Double.NaN
                            : c instanceof NumericColumn nc ? nc.get(i) : ((BooleanColumn) c).raw(i);
                }
                out.add(standardise(v));
            } else if (c instanceof CategoricalColumn cc) {
                for (int level = 0; level < cc.levels().size(); level++) {
                    double[] v = new double[c.size()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = cc.code(i) == level ? 1 : 0;
                    }
                    out.add(v);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("k-means needs at least one numeric, boolean or categorical column");
        }
        return out.toArray(double[][]::new);
    }

    private static double[] standardise(double[] v) {
        double sum = 0;
        int count = 0;
        for (double a : v) {
            if (!Double.isNaN(a)) {
                sum += a;
                count++;
            }
        }
        double mean = count == 0 ? 0 : sum / count;
        double ss = 0;
        for (double a : v) {
            if (!Double.isNaN(a)) {
                ss += (a - mean) * (a - mean);
            }
        }
        double sd = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.isNaN(v[i]) || sd == 0 ? 0 : (v[i] - mean) / sd;
        }
        return v;
    }

    /** k-means++: the first centre uniformly, each next one with probability proportional to squared distance. */
    private static double[][] start(double[][] x, int n, int k, SplittableRandom random) {
        double[][] centres = new double[k][];
        centres[0] = row(x, random.nextInt(n));
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(x, i, centres[c - 1]));
                total += nearest[i];
            }
            int pick = random.nextInt(n);
            if (total > 0) {
                double u = random.nextDouble() * total;
                for (int i = 0; i < n; i++) {
                    u -= nearest[i];
                    if (u <= 0) {
                        pick = i;
                        break;
                    }
                }
            }
            centres[c] = row(x, pick);
        }
        return centres;
    }

    private static boolean assign(double[][] x, double[][] centres, int[] cluster) {
        boolean changed = false;
        for (int i = 0; i < cluster.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                double d = distance(x, i, centres[c]);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            changed |= cluster[i] != best;
            cluster[i] = best;
        }
        return changed;
    }

    private static void update(double[][] x, double[][] centres, int[] cluster) {
        int k = centres.length;
        double[][] sum = new double[k][x.length];
        int[] count = new int[k];
        for (int i = 0; i < cluster.length; i++) {
            count[cluster[i]]++;
            for (int j = 0; j < x.length; j++) {
                sum[cluster[i]][j] += x[j][i];
            }
        }
        for (int c = 0; c < k; c++) {
            if (count[c] > 0) {
                for (int j = 0; j < x.length; j++) {
                    centres[c][j] = sum[c][j] / count[c];
                }
            }
        }
    }

    private static double[] row(double[][] x, int i) {
        double[] r = new double[x.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = x[j][i];
        }
        return r;
    }

    private static double distance(double[][] x, int i, double[] centre) {
        double d = 0;
        for (int j = 0; j < centre.length; j++) {
            double e = x[j][i] - centre[j];
            d += e * e;
        }
        return d;
    }
}
