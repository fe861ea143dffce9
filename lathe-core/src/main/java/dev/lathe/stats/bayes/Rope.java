package dev.lathe.stats.bayes;

/**
 * A region of practical equivalence: the values of a parameter too close to the null value to matter
 * (Kruschke, 2018). A posterior is judged by where its highest-density interval lies: entirely inside, the
 * parameter is practically equivalent to the null; entirely outside, it differs; otherwise undecided.
 *
 * @param low  the region's lower end, finite
 * @param high the region's upper end, above {@code low}
 */
public record Rope(double low, double high) {

    /** Checks that the ends are finite and ordered. */
    public Rope {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("a region of practical equivalence needs finite low < high, got ["
                    + low + ", " + high + "]");
        }
    }

    /** The decision from where the highest-density interval lies. */
    public enum Decision {
        /** The interval lies inside the region: practically equivalent to the null value. */
        EQUIVALENT,
        /** The interval lies outside the region: the parameter differs in practice. */
        DIFFERENT,
        /** The interval overlaps the region's edge: the data do not decide. */
        UNDECIDED
    }

    /**
     * A decision with what it rests on.
     *
     * @param decision          the decision
     * @param interval          the highest-density interval it was made from
     * @param probabilityInside the posterior probability that the parameter lies in the region
     */
    public record Result(Decision decision, CredibleInterval interval, double probabilityInside) {
    }

    /**
     * Judges {@code posterior} by its highest-density interval of {@code mass} (0.95 in Kruschke's rule).
     *
     * @param mass in (0, 1)
     */
    public Result decide(Posterior posterior, double mass) {
        CredibleInterval hdi = posterior.highestDensity(mass);
        Decision d;
        if (hdi.low() >= low && hdi.high() <= high) {
            d = Decision.EQUIVALENT;
        } else if (hdi.high() < low || hdi.low() > high) {
            d = Decision.DIFFERENT;
        } else {
            d = Decision.UNDECIDED;
        }
        return new Result(d, hdi, posterior.probabilityBetween(low, high));
    }
}
