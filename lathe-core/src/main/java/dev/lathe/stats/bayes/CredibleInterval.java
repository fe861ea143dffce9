package dev.lathe.stats.bayes;

/**
 * An interval holding a given posterior probability.
 *
 * @param low  the lower end
 * @param high the upper end, at least {@code low}
 * @param mass the posterior probability inside, in (0, 1)
 */
public record CredibleInterval(double low, double high, double mass) {

    /** Checks that the ends are ordered and the mass lies in (0, 1). */
    public CredibleInterval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("credible interval low " + low + " is not below high " + high);
        }
        checkMass(mass);
    }

    /** Whether {@code x} lies inside, ends included. */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }

    /** The width, {@code high - low}. */
    public double width() {
        return high - low;
    }

    static void checkMass(double mass) {
        if (!(mass > 0 && mass < 1)) {
            throw new IllegalArgumentException("credible mass must be in (0, 1), got " + mass);
        }
    }
}
