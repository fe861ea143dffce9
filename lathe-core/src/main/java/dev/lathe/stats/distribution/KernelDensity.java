package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;

/**
 * A Gaussian kernel density estimate of a numeric column, as {@code scipy.stats.gaussian_kde} in one
 * dimension: f(x) = 1 / (n h) sum phi((x - x_i) / h), with bandwidth h = factor x the sample standard
 * deviation (divisor n - 1). Missing values (NaN) are left out and counted.
 */
public final class KernelDensity {

    /** Grid points of {@link #grid()}: seaborn's {@code kdeplot} default. */
    public static final int DEFAULT_GRID_POINTS = 200;
    /** How many bandwidths {@link #grid()} extends past the data on each side: seaborn's {@code cut} default. */
    public static final double DEFAULT_CUT = 3;

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private final String column;
    private final double[] sorted;
    private final int missing;
    private final double factor;
    private final double bandwidth;

    private KernelDensity(Sample s, double factor, double bandwidth) {
        this.column = s.column();
        this.sorted = s.sorted();
        this.missing = s.missing();
        this.factor = factor;
        this.bandwidth = bandwidth;
    }

    /** The estimate of {@code column} with Scott's bandwidth. */
    public static KernelDensity of(NumericColumn column) {
        return of(column, Bandwidth.SCOTT);
    }

    /**
     * The estimate of {@code column} with the bandwidth factor of {@code rule}.
     *
     * @throws IllegalArgumentException naming the column when fewer than 2 values are present, a value is
     *                                  infinite or the values are constant (zero standard deviation)
     */
    public static KernelDensity of(NumericColumn column, Bandwidth rule) {
        Sample s = sample(column);
        return withFactor(s, rule.factor(s.n()));
    }

    /**
     * The estimate of {@code column} with a bandwidth factor given directly ({@code gaussian_kde(bw_method=factor)}).
     *
     * @param factor bandwidth as a multiple of the sample standard deviation; finite and greater than 0
     * @throws IllegalArgumentException as {@link #of(NumericColumn, Bandwidth)}, or for a bad factor
     */
    public static KernelDensity of(NumericColumn column, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the bandwidth factor for column '" + column.name()
                    + "' must be finite and greater than 0, got " + factor);
        }
        return withFactor(sample(column), factor);
    }

    private static Sample sample(NumericColumn column) {
        Sample s = Sample.of(column, "a kernel density estimate", 2);
        if (s.isConstant()) {
            throw s.constant("a kernel density estimate (its bandwidth is a multiple of the standard deviation)");
        }
        return s;
    }

    private static KernelDensity withFactor(Sample s, double factor) {
        double sd = Math.sqrt(s.sumOfSquares() / (s.n() - 1));
        return new KernelDensity(s, factor, factor * sd);
    }

    /** The column's name. */
    public String column() {
        return column;
    }

    /** Present values used. */
    public int count() {
        return sorted.length;
    }

    /** Missing values left out. */
    public int missing() {
        return missing;
    }

    /** The bandwidth factor (scipy's {@code kde.factor}). */
    public double factor() {
        return factor;
    }

    /** The kernel's standard deviation h (scipy's {@code sqrt(kde.covariance)}). */
    public double bandwidth() {
        return bandwidth;
    }

    /** The estimated density at {@code x}. */
    public double density(double x) {
        double sum = 0;
        for (double v : sorted) {
            double z = (x - v) / bandwidth;
            sum += Math.exp(-0.5 * z * z);
        }
        return sum * INV_SQRT_2PI / (sorted.length * bandwidth);
    }

    /** The estimated density at each of {@code points} ({@code kde(points)}). */
    public double[] evaluate(double[] points) {
        double[] out = new double[points.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = density(points[i]);
        }
        return out;
    }

    /** The density on {@link #DEFAULT_GRID_POINTS} points, {@link #DEFAULT_CUT} bandwidths past the data. */
    public Curve grid() {
        return grid(DEFAULT_GRID_POINTS, DEFAULT_CUT);
    }

    /**
     * The density on {@code points} equally spaced points from min - cut h to max + cut h.
     *
     * @param points number of grid points, at least 2
     * @param cut    how many bandwidths the grid extends past the data on each side, at least 0
     */
    public Curve grid(int points, double cut) {
        if (points < 2 || !(cut >= 0) || Double.isInfinite(cut)) {
            throw new IllegalArgumentException("a density grid for column '" + column
                    + "' needs at least 2 points and a finite cut of at least 0, got " + points + " and " + cut);
        }
        double lo = sorted[0] - cut * bandwidth;
        double hi = sorted[sorted.length - 1] + cut * bandwidth;
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i == points - 1 ? hi : lo + i * (hi - lo) / (points - 1);
        }
        return new Curve(x, evaluate(x));
    }
}
