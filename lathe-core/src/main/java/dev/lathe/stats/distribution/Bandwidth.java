package dev.lathe.stats.distribution;

/**
 * Rules of thumb for the bandwidth factor of a {@link KernelDensity}, as {@code scipy.stats.gaussian_kde}
 * names them; the bandwidth is the factor times the sample standard deviation (divisor n - 1).
 */
public enum Bandwidth {
    /** Scott's rule: factor n^(-1/5) (scipy's default, {@code bw_method='scott'}). */
    SCOTT,
    /** Silverman's rule: factor (3n/4)^(-1/5) ({@code bw_method='silverman'}). */
    SILVERMAN;

    /** The factor for {@code n} values. */
    public double factor(int n) {
        return switch (this) {
            case SCOTT -> Math.pow(n, -0.2);
            case SILVERMAN -> Math.pow(n * 3.0 / 4, -0.2);
        };
    }
}
