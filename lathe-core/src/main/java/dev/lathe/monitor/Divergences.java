package dev.lathe.monitor;

/**
 * Distances and divergences between the reference's and the current sample's {@link Shares} of the same bins.
 * Shares are normalised to sum to 1 first, as scipy does.
 */
public final class Divergences {

    private static final double LN2 = Math.log(2);

    private Divergences() {
    }

    /**
     * The Jensen-Shannon distance in base 2, in [0, 1], as {@code scipy.spatial.distance.jensenshannon(p, q,
     * base=2)}: the square root of the mean Kullback-Leibler divergence of each side from their average.
     *
     * @param shares the two distributions
     */
    public static double jensenShannon(Shares shares) {
        double[] p = normalised(shares.reference());
        double[] q = normalised(shares.current());
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            sum += relativeEntropy(p[i], m) + relativeEntropy(q[i], m);
        }
        return Math.sqrt(Math.max(0, sum / 2 / LN2));
    }

    /**
     * The Kullback-Leibler divergence of the current distribution from the reference, natural logarithm, as
     * {@code scipy.stats.entropy(reference, current)} (Evidently's {@code kl_div}).
     *
     * @param shares the two distributions
     */
    public static double kullbackLeibler(Shares shares) {
        double[] p = normalised(shares.reference());
        double[] q = normalised(shares.current());
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += relativeEntropy(p[i], q[i]);
        }
        return sum;
    }

    /**
     * The Hellinger distance, in [0, 1]: sqrt(sum (sqrt p - sqrt q)^2 / 2).
     *
     * @param shares the two distributions
     */
    public static double hellinger(Shares shares) {
        double[] p = normalised(shares.reference());
        double[] q = normalised(shares.current());
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
            sum += d * d;
        }
        return Math.sqrt(sum / 2);
    }

    /**
     * The population stability index sum (c - r) ln(c / r) over the bins, on the shares as given (not
     * normalised). Customary reading: below 0.1 no change, 0.1 to 0.25 a moderate change, 0.25 or more a large one.
     *
     * @param shares reference shares r and current shares c, all positive
     */
    public static double populationStability(Shares shares) {
        double[] r = shares.reference();
        double[] c = shares.current();
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            sum += (c[i] - r[i]) * Math.log(c[i] / r[i]);
        }
        return sum;
    }

    /** x ln(x / y), 0 at x = 0 (scipy's {@code rel_entr}). */
    private static double relativeEntropy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(x / y);
    }

    private static double[] normalised(double[] shares) {
        double total = 0;
        for (double s : shares) {
            if (!(s >= 0)) {
                throw new IllegalArgumentException("shares must be non-negative, got " + s);
            }
            total += s;
        }
        double[] out = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            out[i] = shares[i] / total;
        }
        return out;
    }
}
