package dev.lathe.model.ensemble;

import dev.lathe.parallel.Parallelism;
import java.util.BitSet;

/**
 * Finds the best split of a node from its histogram, as XGBoost and LightGBM do: for each numeric feature
 * the bins are scanned in order, with the missing values tried on both sides, and the gain of a split is
 * G_L^2 / (H_L + lambda) + G_R^2 / (H_R + lambda) - G^2 / (H + lambda). Both children must keep at least
 * {@code minSamplesLeaf} rows and a Hessian sum of {@value #MIN_HESSIAN}. When a feature has no missing
 * value in the node, missing values later go to the child with more rows. Ties keep the lower feature
 * and bin, so the result is the same on any number of threads.
 *
 * <p>A categorical feature's bins (categories) are sorted by G / (H + cat_smooth) and the prefixes of that
 * order are scanned as the bins of a numeric feature are (LightGBM's method, which finds the best
 * two-group partition for a convex loss in one pass). {@code cat_smooth} pulls the ratio of rare categories
 * towards 0 so that their order is not noise; each side of a categorical split must hold at least
 * {@code min_data_per_group} rows of known categories.
 *
 * <p>Under monotonic constraints a node carries bounds [lo, hi] on its value (before the learning rate):
 * children's values are clamped into them, gains are computed with the clamped values, and a split on a
 * feature constrained +1 (-1) is refused when its left value would exceed (undercut) its right value, as
 * scikit-learn does.
 */
final class SplitFinder {

    /** Least Hessian sum of a child, as scikit-learn's min_hessian_to_split. */
    static final double MIN_HESSIAN = 1e-3;

    /**
     * Nodes with fewer rows are searched on the calling thread; larger ones feature by feature on all
     * threads (few rows leave few non-empty bins, and then the search costs less than a hand-off).
     */
    private static final int PARALLEL_ROWS = 2048;

    private final BinMapper mapper;
    private final double lambda;
    private final int minSamplesLeaf;
    private final double catSmooth;
    private final int minDataPerGroup;
    private final int[] monotone;
    private final Split[] perFeature;
    private final int[][] order;
    private final double[][] ratio;

    /** {@code monotone[f]} is feature f's constraint: -1, 0 or +1. */
    SplitFinder(BinMapper mapper, double lambda, int minSamplesLeaf, double catSmooth, int minDataPerGroup,
                int[] monotone) {
        this.mapper = mapper;
        this.lambda = lambda;
        this.minSamplesLeaf = minSamplesLeaf;
        this.catSmooth = catSmooth;
        this.minDataPerGroup = minDataPerGroup;
        this.monotone = monotone;
        int p = mapper.features();
        this.perFeature = new Split[p];
        this.order = new int[p][];
        this.ratio = new double[p][];
        for (int f = 0; f < p; f++) {
            if (mapper.categorical(f)) {
                order[f] = new int[BinMapper.BINS];
                ratio[f] = new double[BinMapper.BINS];
            }
        }
    }

    /**
     * The best split of a node with totals {@code g, h, count} whose value must stay in [lo, hi], or null
     * when no split gains.
     */
    Split best(long[] hist, FixedPointGradients fixed, double g, double h, int count, boolean[] used, double lo,
               double hi) {
        if (count < 2 * minSamplesLeaf) {
            return null;
        }
        boolean bounded = lo != Double.NEGATIVE_INFINITY || hi != Double.POSITIVE_INFINITY;
        Node node = new Node(hist, fixed, g, h, count, lo, hi, bounded ? objective(g, h, value(g, h, lo, hi))
                : g * g / (h + lambda));
        if (count < PARALLEL_ROWS) {
            for (int f = 0; f < perFeature.length; f++) {
                perFeature[f] = feature(f, node, used);
            }
        } else {
            Parallelism.forEachIndex(perFeature.length, f -> perFeature[f] = feature(f, node, used));
        }
        Split best = null;
        for (Split s : perFeature) {
            if (s != null && (best == null || s.gain() > best.gain())) {
                best = s;
            }
        }
        return best;
    }

    /** The node a split is sought for: histogram, totals, value bounds and the score of not splitting. */
    private record Node(long[] hist, FixedPointGradients fixed, double g, double h, int count, double lo, double hi, double parent) {
    }

    /** The Newton value -G / (H + lambda) clamped into [lo, hi] (0 when H + lambda is 0). */
    double value(double g, double h, double lo, double hi) {
        double d = h + lambda;
        double v = d > 0 ? -g / d : 0;
        return Math.min(Math.max(v, lo), hi);
    }

    private Split feature(int f, Node node, boolean[] used) {
        if (!used[f]) {
            return null;
        }
        int nb = mapper.valueBins(f);
        int[] bins = order[f];
        int m = nb;
        if (bins != null) {
            m = sortCategories(f, node.hist(), node.fixed(), nb);
        }
        long[] hist = node.hist();
        FixedPointGradients fixed = node.fixed();
        int w = fixed.words();
        int base = f * BinMapper.BINS * w;
        int mk = base + BinMapper.MISSING * w;
        long ma = hist[mk];
        long mb = second(hist, mk, w);
        double mg = fixed.gradient(ma, mb);
        double mh = fixed.hessian(ma, mb);
        int mc = fixed.count(ma, mb);
        int groupFloor = bins == null ? 0 : minDataPerGroup;
        double bestGain = 0;
        int bestAt = -1;
        boolean bestMissingLeft = false;
        long la = 0;
        long lb = 0;
        int known = node.count() - mc;
        int last = mc > 0 ? m - 1 : m - 2;
        for (int i = 0; i <= last; i++) {
            int k = base + (bins == null ? i : bins[i]) * w;
            long a = hist[k];
            long b = second(hist, k, w);
            if (i > 0 && fixed.count(a, b) == 0) {
                continue; // an empty bin splits as the one before it did
            }
            la += a;
            lb += b;
            int lc = fixed.count(la, lb);
            if (lc < groupFloor || (known - lc < groupFloor && i < m - 1)) {
                continue;
            }
            double lg = fixed.gradient(la, lb);
            double lh = fixed.hessian(la, lb);
            double gain = gain(f, lg, lh, lc, node);
            if (gain > bestGain) {
                bestGain = gain;
                bestAt = i;
                bestMissingLeft = false;
            }
            if (mc > 0 && i < m - 1) {
                gain = gain(f, lg + mg, lh + mh, lc + mc, node);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestAt = i;
                    bestMissingLeft = true;
                }
            }
        }
        if (bestAt < 0) {
            return null;
        }
        long sa = 0;
        long sb = 0;
        BitSet leftBins = bins == null ? null : new BitSet(nb);
        for (int i = 0; i <= bestAt; i++) {
            int b = bins == null ? i : bins[i];
            int k = base + b * w;
            sa += hist[k];
            sb += second(hist, k, w);
            if (leftBins != null) {
                leftBins.set(b);
            }
        }
        int sc = fixed.count(sa, sb);
        boolean missingLeft = mc > 0 ? bestMissingLeft : sc >= node.count() - sc;
        if (bestMissingLeft) {
            sa += ma;
            sb += mb;
            sc += mc;
        }
        double sg = fixed.gradient(sa, sb);
        double sh = fixed.hessian(sa, sb);
        double g = node.g();
        double h = node.h();
        return new Split(f, bestAt, leftBins, missingLeft, bestGain, sg, sh, sc, g - sg, h - sh, node.count() - sc);
    }

    /** Puts the non-empty category bins of {@code f} in {@code order[f]} by G / (H + cat_smooth); returns how many. */
    private int sortCategories(int f, long[] hist, FixedPointGradients fixed, int nb) {
        int w = fixed.words();
        int base = f * BinMapper.BINS * w;
        int[] o = order[f];
        double[] r = ratio[f];
        int m = 0;
        for (int b = 0; b < nb; b++) {
            int k = base + b * w;
            long first = hist[k];
            long second = second(hist, k, w);
            if (fixed.count(first, second) > 0) {
                double key = fixed.gradient(first, second) / (fixed.hessian(first, second) + catSmooth);
                int at = m++;
                while (at > 0 && r[at - 1] > key) {
                    r[at] = r[at - 1];
                    o[at] = o[at - 1];
                    at--;
                }
                r[at] = key;
                o[at] = b;
            }
        }
        return m;
    }

    /** The second word of the bin at {@code k}, 0 in a one-word histogram. */
    private static long second(long[] hist, int k, int words) {
        return words == 2 ? hist[k + 1] : 0;
    }

    private double gain(int f, double lg, double lh, int lc, Node node) {
        int rc = node.count() - lc;
        double rg = node.g() - lg;
        double rh = node.h() - lh;
        if (lc < minSamplesLeaf || rc < minSamplesLeaf || lh < MIN_HESSIAN || rh < MIN_HESSIAN) {
            return 0;
        }
        if (monotone[f] == 0 && node.lo() == Double.NEGATIVE_INFINITY && node.hi() == Double.POSITIVE_INFINITY) {
            return lg * lg / (lh + lambda) + rg * rg / (rh + lambda) - node.parent();
        }
        double vl = value(lg, lh, node.lo(), node.hi());
        double vr = value(rg, rh, node.lo(), node.hi());
        if (monotone[f] * (vl - vr) > 0) {
            return 0;
        }
        return objective(lg, lh, vl) + objective(rg, rh, vr) - node.parent();
    }

    /**
     * Twice the loss decrease of giving value v to rows with sums G, H: -(2 G v + (H + lambda) v^2), which is
     * G^2 / (H + lambda) at the Newton value.
     */
    private double objective(double g, double h, double v) {
        return -(2 * g * v + (h + lambda) * v * v);
    }
}
