package dev.lathe.stats.bayes;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * A continuous posterior (or prior, or predictive) distribution of one quantity: a Commons Statistics
 * distribution, optionally shifted and scaled ({@code location + scale * X}, for Student t marginals), with the
 * summaries a reader wants: mean, variance, equal-tailed and highest-density credible intervals.
 */
public final class Posterior {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final double HDI_TOLERANCE = 1e-12;

    private final String label;
    private final ContinuousDistribution base;
    private final double location;
    private final double scale;
    private final Function<UniformRandomProvider, DoubleSupplier> drawer;

    private Posterior(String label, ContinuousDistribution base, double location, double scale,
                      Function<UniformRandomProvider, DoubleSupplier> drawer) {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(location)) {
            throw new IllegalArgumentException(label + ": location must be finite and scale positive, got "
                    + location + " and " + scale);
        }
        this.label = label;
        this.base = base;
        this.location = location;
        this.scale = scale;
        this.drawer = drawer;
    }

    /** The distribution {@code base} itself, described by {@code label} (e.g. {@code "Beta(40, 60)"}). */
    public static Posterior of(String label, ContinuousDistribution base) {
        return new Posterior(label, base, 0, 1, null);
    }

    /** The distribution of {@code location + scale * X} for X following {@code base}; {@code scale > 0}. */
    public static Posterior scaled(String label, ContinuousDistribution base, double location, double scale) {
        return new Posterior(label, base, location, scale, null);
    }

    /** This distribution drawn by {@code drawer} (a faster sampler of the same law) instead of Commons' own. */
    Posterior drawnBy(Function<UniformRandomProvider, DoubleSupplier> faster) {
        return new Posterior(label, base, location, scale, faster);
    }

    /** The description given at construction, e.g. {@code "Beta(40, 60)"}. */
    public String label() {
        return label;
    }

    /** The mean (infinite or NaN where the distribution has none). */
    public double mean() {
        return location + scale * base.getMean();
    }

    /** The variance (infinite or NaN where the distribution has none). */
    public double variance() {
        return scale * scale * base.getVariance();
    }

    /** The standard deviation, the square root of {@link #variance()}. */
    public double sd() {
        return Math.sqrt(variance());
    }

    /** The density at {@code x}. */
    public double density(double x) {
        return base.density((x - location) / scale) / scale;
    }

    /** P(X <= x). */
    public double cdf(double x) {
        return base.cumulativeProbability((x - location) / scale);
    }

    /** The {@code p}-quantile, p in [0, 1]. */
    public double quantile(double p) {
        return location + scale * base.inverseCumulativeProbability(p);
    }

    /** The lower and upper support bounds (possibly infinite). */
    public double[] support() {
        return new double[] {location + scale * base.getSupportLowerBound(),
                location + scale * base.getSupportUpperBound()};
    }

    /** The interval with {@code (1 - mass) / 2} of the probability below it and as much above; mass in (0, 1). */
    public CredibleInterval equalTailed(double mass) {
        CredibleInterval.checkMass(mass);
        double tail = (1 - mass) / 2;
        return new CredibleInterval(quantile(tail), quantile(1 - tail), mass);
    }

    /**
     * The shortest interval holding {@code mass} of the probability (the highest-density interval for a
     * unimodal distribution): the lower tail probability t in [0, 1 - mass] minimising
     * {@code quantile(t + mass) - quantile(t)}, found by golden-section search to 1e-12 in t.
     *
     * @param mass in (0, 1)
     */
    public CredibleInterval highestDensity(double mass) {
        CredibleInterval.checkMass(mass);
        double a = 0;
        double b = 1 - mass;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = width(c, mass);
        double fd = width(d, mass);
        while (b - a > HDI_TOLERANCE) {
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = width(c, mass);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = width(d, mass);
            }
        }
        double t = (a + b) / 2;
        return new CredibleInterval(quantile(t), quantile(t + mass), mass);
    }

    /** The probability that the quantity lies in [low, high]. */
    public double probabilityBetween(double low, double high) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("interval low " + low + " is not below high " + high);
        }
        return Math.max(0, cdf(high) - cdf(low));
    }

    /**
     * Draws from this distribution using {@code random} (one generator per thread: derive them with
     * {@link SplittableRandom#split()}).
     */
    public DoubleSupplier sampler(SplittableRandom random) {
        UniformRandomProvider source = random::nextLong;
        if (drawer != null) {
            return drawer.apply(source);
        }
        ContinuousDistribution.Sampler draw = base.createSampler(source);
        return () -> location + scale * draw.sample();
    }

    private double width(double lowerTail, double mass) {
        return quantile(Math.min(1, lowerTail + mass)) - quantile(lowerTail);
    }

    @Override
    public String toString() {
        return label;
    }
}
