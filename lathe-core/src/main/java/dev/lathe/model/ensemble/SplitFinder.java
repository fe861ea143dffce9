package dev.lathe.model.ensemble;

import dev.lathe.parallel.Parallelism;

/**
 * Finds the best split of a node from its histogram, as XGBoost and LightGBM do: for each feature the
 * bins are scanned in order, with the missing values tried on both sides, and the gain of a split is
 * G_L^2 / (H_L + lambda) + G_R^2 / (H_R + lambda) - G^2 / (H + lambda). Both children must keep at least
 * {@code minSamplesLeaf} rows and a Hessian sum of {@value #MIN_HESSIAN}. When a feature has no missing
 * value in the node, missing values later go to the child with more rows. Ties keep the lower feature
 * and bin, so the result is the same on any number of threads.
 */
final class SplitFinder {

    /** Least Hessian sum of a child, as scikit-learn's min_hessian_to_split. */
    static final double MIN_HESSIAN = 1e-3;

    private final BinMapper mapper;
    private final double lambda;
    private final int minSamplesLeaf;
    private final Split[] perFeature;

    SplitFinder(BinMapper mapper, double lambda, int minSamplesLeaf) {
        this.mapper = mapper;
        this.lambda = lambda;
        this.minSamplesLeaf = minSamplesLeaf;
        this.perFeature = new Split[mapper.features()];
    }

    /** The best split of a node with totals {@code g, h, count}, or null when no split gains. */
    Split best(double[] hist, double g, double h, int count, boolean[] used) {
        if (count < 2 * minSamplesLeaf) {
            return null;
        }
        double parent = score(g, h);
        if (count >= 4096) {
            Parallelism.forEachIndex(perFeature.length, f -> perFeature[f] = feature(f, hist, g, h, count, parent, used));
        } else {
            for (int f = 0; f < perFeature.length; f++) {
                perFeature[f] = feature(f, hist, g, h, count, parent, used);
            }
        }
        Split best = null;
        for (Split s : perFeature) {
            if (s != null && (best == null || s.gain() > best.gain())) {
                best = s;
            }
        }
        return best;
    }

    private Split feature(int f, double[] hist, double g, double h, int count, double parent, boolean[] used) {
        if (!used[f]) {
            return null;
        }
        int base = f * Histograms.STRIDE;
        int m = base + BinMapper.MISSING * 3;
        double mg = hist[m];
        double mh = hist[m + 1];
        int mc = (int) hist[m + 2];
        int nb = mapper.valueBins(f);
        double bestGain = 0;
        int bestBin = -1;
        boolean bestMissingLeft = false;
        double lg = 0;
        double lh = 0;
        int lc = 0;
        int last = mc > 0 ? nb - 1 : nb - 2;
        for (int b = 0; b <= last; b++) {
            int k = base + b * 3;
            lg += hist[k];
            lh += hist[k + 1];
            lc += (int) hist[k + 2];
            double gain = gain(lg, lh, lc, g, h, count, parent);
            if (gain > bestGain) {
                bestGain = gain;
                bestBin = b;
                bestMissingLeft = false;
            }
            if (mc > 0 && b < nb - 1) {
                gain = gain(lg + mg, lh + mh, lc + mc, g, h, count, parent);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestBin = b;
                    bestMissingLeft = true;
                }
            }
        }
        if (bestBin < 0) {
            return null;
        }
        double sg = 0;
        double sh = 0;
        int sc = 0;
        for (int b = 0; b <= bestBin; b++) {
            int k = base + b * 3;
            sg += hist[k];
            sh += hist[k + 1];
            sc += (int) hist[k + 2];
        }
        boolean missingLeft = mc > 0 ? bestMissingLeft : sc >= count - sc;
        if (bestMissingLeft) {
            sg += mg;
            sh += mh;
            sc += mc;
        }
        return new Split(f, bestBin, missingLeft, bestGain, sg, sh, sc, g - sg, h - sh, count - sc);
    }

    private double gain(double lg, double lh, int lc, double g, double h, int count, double parent) {
        int rc = count - lc;
        double rh = h - lh;
        if (lc < minSamplesLeaf || rc < minSamplesLeaf || lh < MIN_HESSIAN || rh < MIN_HESSIAN) {
            return 0;
        }
        return score(lg, lh) + score(g - lg, rh) - parent;
    }

    private double score(double g, double h) {
        return g * g / (h + lambda);
    }
}
