package dev.lathe.prep.transform;

/**
 * The Box-Cox transform (Box and Cox 1964) of strictly positive x: (x^lambda - 1) / lambda, ln x at
 * lambda = 0. Computed as expm1(lambda ln x) / lambda, exact near lambda = 0, with the same cut-off as
 * scipy.special.boxcox (|lambda| < 1e-19 counts as 0).
 */
final class BoxCox implements PowerFamily {

    private static final double ZERO = 1e-19;

    @Override
    public double lowerBound() {
        return 0;
    }

    @Override
    public double logScale(double x) {
        return Math.log(x);
    }

    @Override
    public double fromLogScale(double logX, double lambda) {
        return Math.abs(lambda) < ZERO ? logX : Math.expm1(lambda * logX) / lambda;
    }

    @Override
    public double inverse(double y, double lambda) {
        return Math.abs(lambda) < ZERO ? Math.exp(y) : Math.exp(Math.log1p(lambda * y) / lambda);
    }
}
