package dev.lathe.tune;

import dev.lathe.eval.ClusteringMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Features;
import dev.lathe.model.cluster.KMeans;
import dev.lathe.model.cluster.KMeansModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Choosing the number of k-means clusters: k-means is fitted for every k in a range and three rules pick one.
 * <ul>
 * <li>elbow: the k whose (k, inertia) point lies farthest below the straight line from the first to the last
 * point, both axes scaled to [0, 1] (the "kneedle" reading of the elbow);</li>
 * <li>silhouette: the k with the highest mean silhouette (k at least 2);</li>
 * <li>gap statistic (Tibshirani, Walther and Hastie 2001): Gap(k) = mean over B reference sets of log W*_k minus
 * log W_k, W the inertia and the reference sets uniform over the features' bounding box; the smallest k with
 * Gap(k) at least Gap(k + 1) - s(k + 1), s = sd x sqrt(1 + 1/B).</li>
 * </ul>
 */
public final class ClusterCount {

    private ClusterCount() {
    }

    /**
     * One k's figures.
     *
     * @param k          clusters
     * @param inertia    k-means inertia on the data
     * @param silhouette mean silhouette (NaN for k = 1)
     * @param gap        gap statistic
     * @param gapSe      its standard error s(k)
     */
    public record Candidate(int k, double inertia, double silhouette, double gap, double gapSe) {
    }

    /**
     * The figures for every k and each rule's choice.
     *
     * @param candidates one per k, ascending
     * @param elbow      the elbow rule's k
     * @param silhouette the silhouette rule's k
     * @param gap        the gap rule's k (the largest k tried when no k satisfies the rule)
     */
    public record Result(List<Candidate> candidates, int elbow, int silhouette, int gap) {
    }

    /**
     * Fits {@code kmeans} with k = {@code kMin}..{@code kMax} on {@code x} and applies the three rules.
     *
     * @param kmeans     the configuration (its n_clusters is replaced by each k)
     * @param references gap reference sets B, at least 1 (Tibshirani et al. use 10 to 20)
     * @param seed       seed of the reference sets
     */
    public static Result choose(Frame x, int kMin, int kMax, KMeans kmeans, int references, long seed) {
        if (kMin < 1 || kMax < kMin + 1) {
            throw new IllegalArgumentException("need 1 <= k_min < k_max, got " + kMin + " and " + kMax);
        }
        if (references < 1) {
            throw new IllegalArgumentException("references must be at least 1, got " + references);
        }
        double[][] columns = Features.matrix(x);
        if (x.rowCount() <= kMax) {
            throw new IllegalArgumentException("k_max " + kMax + " needs more than " + kMax + " rows, got "
                    + x.rowCount());
        }
        List<Frame> refs = referenceSets(x, columns, references, seed);
        double[][] rows = rowsOf(columns);
        List<Candidate> out = new ArrayList<>();
        for (int k = kMin; k <= kMax; k++) {
            KMeans e = kmeans.withClusters(k);
            KMeansModel m = e.fit(x);
            double[] logRef = new double[references];
            double mean = 0;
            for (int b = 0; b < references; b++) {
                logRef[b] = Math.log(e.fit(refs.get(b)).inertia());
                mean += logRef[b] / references;
            }
            double var = 0;
            for (double v : logRef) {
                var += (v - mean) * (v - mean) / references;
            }
            double sil = k >= 2 ? ClusteringMetrics.silhouette(rows, m.labels()) : Double.NaN;
            out.add(new Candidate(k, m.inertia(), sil, mean - Math.log(m.inertia()),
                    Math.sqrt(var) * Math.sqrt(1 + 1.0 / references)));
        }
        return new Result(out, elbow(out), bestSilhouette(out), gapChoice(out));
    }

    private static List<Frame> referenceSets(Frame x, double[][] columns, int references, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Frame> out = new ArrayList<>();
        for (int b = 0; b < references; b++) {
            List<dev.lathe.frame.Column> cols = new ArrayList<>();
            for (int j = 0; j < columns.length; j++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double v : columns[j]) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                double[] v = new double[x.rowCount()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = lo + (hi - lo) * random.nextDouble();
                }
                cols.add(NumericColumn.wrap(x.column(j).name(), v));
            }
            out.add(Frame.of(cols));
        }
        return out;
    }

    private static double[][] rowsOf(double[][] columns) {
        int n = columns[0].length;
        double[][] rows = new double[n][columns.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < n; i++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    private static int elbow(List<Candidate> c) {
        Candidate first = c.get(0);
        Candidate last = c.get(c.size() - 1);
        double span = first.inertia() - last.inertia();
        int best = first.k();
        double bestGap = Double.NEGATIVE_INFINITY;
        for (Candidate t : c) {
            double xs = (t.k() - first.k()) / (double) (last.k() - first.k());
            double ys = span == 0 ? 0 : (first.inertia() - t.inertia()) / span;
            if (ys - xs > bestGap) {
                bestGap = ys - xs;
                best = t.k();
            }
        }
        return best;
    }

    private static int bestSilhouette(List<Candidate> c) {
        int best = -1;
        double bestS = Double.NEGATIVE_INFINITY;
        for (Candidate t : c) {
            if (!Double.isNaN(t.silhouette()) && t.silhouette() > bestS) {
                bestS = t.silhouette();
                best = t.k();
            }
        }
        return best;
    }

    private static int gapChoice(List<Candidate> c) {
        for (int i = 0; i + 1 < c.size(); i++) {
            if (c.get(i).gap() >= c.get(i + 1).gap() - c.get(i + 1).gapSe()) {
                return c.get(i).k();
            }
        }
        return c.get(c.size() - 1).k();
    }
}
