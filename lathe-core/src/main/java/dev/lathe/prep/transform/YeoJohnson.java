package dev.lathe.prep.transform;

/**
 * The Yeo-Johnson transform (Yeo and Johnson 2000) of any real x: Box-Cox of 1 + x with lambda for x >= 0,
 * minus Box-Cox of 1 - x with 2 - lambda for x < 0. Computed through expm1 and log1p, exact near the
 * special cases; lambda within machine epsilon of 0 (or 2) counts as 0 (or 2), as scikit-learn.
 */
final class YeoJohnson implements PowerFamily {

    private static final double EPSILON = Math.ulp(1.0);

    @Override
    public double lowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double logScale(double x) {
        return x >= 0 ? Math.log1p(x) : -Math.log1p(-x);
    }

    @Override
    public double fromLogScale(double l, double lambda) {
        if (l >= 0) {
            return Math.abs(lambda) < EPSILON ? l : Math.expm1(lambda * l) / lambda;
        }
        double mu = 2 - lambda;
        return Math.abs(mu) < EPSILON ? l : -Math.expm1(-mu * l) / mu;
    }

    @Override
    public double inverse(double y, double lambda) {
        if (y >= 0) {
            return Math.abs(lambda) < EPSILON ? Math.expm1(y) : Math.expm1(Math.log1p(lambda * y) / lambda);
        }
        double mu = 2 - lambda;
        return Math.abs(mu) < EPSILON ? -Math.expm1(-y) : -Math.expm1(Math.log1p(-mu * y) / mu);
    }
}
