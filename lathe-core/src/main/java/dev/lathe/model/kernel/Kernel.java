package dev.lathe.model.kernel;

/**
 * Weight of a training row at scaled distance u = distance / bandwidth from the query. Constant factors
 * are left out: they cancel in a weighted mean.
 */
public enum Kernel {
    /** exp(-u^2 / 2): every row counts a little. */
    GAUSSIAN,
    /** 1 - u^2 for u below 1, else 0. */
    EPANECHNIKOV,
    /** (1 - u^3)^3 for u below 1, else 0 (as LOESS uses). */
    TRICUBE;

    /** The weight at scaled distance {@code u}, at least 0. */
    double weight(double u) {
        return switch (this) {
            case GAUSSIAN -> Math.exp(-0.5 * u * u);
            case EPANECHNIKOV -> u < 1 ? 1 - u * u : 0;
            case TRICUBE -> {
                if (u >= 1) {
                    yield 0;
                }
                double t = 1 - u * u * u;
                yield t * t * t;
            }
        };
    }
}
