package dev.lathe.stats.ab;

/**
 * CUPED (Deng, Xu, Kohavi and Walker, 2013): a pre-period covariate X that predicts the metric Y but cannot be
 * moved by the treatment takes out part of Y's variance, {@code Y' = Y - theta (X - mean X)} with
 * {@code theta = cov(X, Y) / var(X)} estimated on all units pooled. The difference between arms keeps its
 * expectation while its variance shrinks by the share {@code corr(X, Y)^2}.
 *
 * @param theta              the regression slope of Y on X
 * @param covariateMean      the pooled mean of X
 * @param varianceReduction  {@code 1 - var(Y') / var(Y)}, in [0, 1]
 */
public record Cuped(double theta, double covariateMean, double varianceReduction) {

    /**
     * Fits theta on the metric and the covariate of all units.
     *
     * @throws IllegalArgumentException when the lengths differ, fewer than two units, or the covariate is constant
     */
    public static Cuped fit(double[] metric, double[] covariate) {
        int n = metric.length;
        if (covariate.length != n || n < 2) {
            throw new IllegalArgumentException("CUPED needs one covariate value per unit and at least 2 units, got "
                    + n + " metric and " + covariate.length + " covariate values");
        }
        double my = 0;
        double mx = 0;
        for (int i = 0; i < n; i++) {
            my += metric[i];
            mx += covariate[i];
        }
        my /= n;
        mx /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = covariate[i] - mx;
            double dy = metric[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("CUPED covariate is constant (every unit has " + covariate[0]
                    + "); it cannot explain any variance");
        }
        double theta = sxy / sxx;
        double reduction = syy > 0 ? sxy * sxy / (sxx * syy) : 0;
        return new Cuped(theta, mx, reduction);
    }

    /** The adjusted metric {@code y - theta (x - mean x)}, one value per unit. */
    public double[] adjust(double[] metric, double[] covariate) {
        double[] out = new double[metric.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = metric[i] - theta * (covariate[i] - covariateMean);
        }
        return out;
    }
}
