package dev.lathe.stats.distribution;

import dev.lathe.math.GaussLegendre;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The studentized range distribution: the range of k independent standard normal values divided by an
 * independent sqrt(chi^2_df / df), the reference distribution of Tukey's HSD. The distribution function is
 * the double integral
 * P(Q &lt;= q) = integral over s of f_df(s) * k * integral over z of phi(z) [Phi(z) - Phi(z - q s)]^(k-1) dz ds,
 * with f_df the density of sqrt(chi^2_df / df), both evaluated by composite 16-point Gauss-Legendre
 * quadrature (z over [-8.5, 8.5], s between the 1e-17 and 1 - 1e-17 quantiles of its law, with panels of
 * their own where the inner probability rises); the survival
 * function is its complement. Agrees with scipy's {@code studentized_range} to about 1e-10, and for k = 2 with
 * the exact sqrt(2) |t| law to 1e-14 (see the tests).
 * Quantiles by safeguarded Newton steps.
 */
public final class StudentizedRange {

    private static final GaussLegendre RULE = GaussLegendre.of(16);
    private static final int Z_PANELS = 17;
    private static final int S_PANELS = 24;
    private static final int RISE_PANELS = 12;
    /** From this df on, the law of s is close to normal with sd 1/sqrt(2 df): 8 panels of about 2 sd suffice. */
    private static final double LARGE_DF = 500;
    private static final int S_PANELS_LARGE_DF = 8;
    private static final double Z_LIMIT = 8.5;
    private static final double TAIL = 1e-17;
    private static final double[] Z = new double[Z_PANELS * 16];
    private static final double[] Z_WEIGHT = new double[Z_PANELS * 16];
    private static final double[] PHI_Z = new double[Z.length];

    static {
        RULE.composite(-Z_LIMIT, Z_LIMIT, Z_PANELS, Z, Z_WEIGHT);
        for (int i = 0; i < Z.length; i++) {
            Z_WEIGHT[i] *= Math.exp(-0.5 * Z[i] * Z[i]) / Math.sqrt(2 * Math.PI);
            PHI_Z[i] = normalCdf(Z[i]);
        }
    }

    private final int k;
    private final double df;
    /** Ends of the integration range of s (NaN for infinite df). */
    private final double low;
    private final double high;

    private StudentizedRange(int k, double df) {
        this.k = k;
        this.df = df;
        if (Double.isInfinite(df)) {
            low = Double.NaN;
            high = Double.NaN;
        } else {
            ChiSquaredDistribution chi = ChiSquaredDistribution.of(df);
            low = Math.sqrt(chi.inverseCumulativeProbability(TAIL) / df);
            high = Math.sqrt(chi.inverseSurvivalProbability(TAIL) / df);
        }
    }

    /**
     * Nodes and weights (density of s included) for the outer integral at q: the range of k normals rises
     * from 0 to 1 while q s goes from 0 to about 10, so [low, 10 / q] gets panels of its own, since for large
     * q that rise is a narrow stretch near s = 0.
     */
    private double[][] outerNodes(double q) {
        if (Double.isInfinite(df)) {
            return new double[][] {{1}, {1}};
        }
        double split = 10 / q;
        int m = RULE.order();
        double[] s;
        double[] w;
        if (split > low && split < high) {
            s = new double[(RISE_PANELS + S_PANELS) * m];
            w = new double[s.length];
            double[] s1 = new double[RISE_PANELS * m];
            double[] w1 = new double[s1.length];
            double[] s2 = new double[S_PANELS * m];
            double[] w2 = new double[s2.length];
            RULE.composite(low, split, RISE_PANELS, s1, w1);
            RULE.composite(split, high, S_PANELS, s2, w2);
            System.arraycopy(s1, 0, s, 0, s1.length);
            System.arraycopy(w1, 0, w, 0, w1.length);
            System.arraycopy(s2, 0, s, s1.length, s2.length);
            System.arraycopy(w2, 0, w, w1.length, w2.length);
        } else {
            int panels = df >= LARGE_DF ? S_PANELS_LARGE_DF : S_PANELS;
            s = new double[panels * m];
            w = new double[s.length];
            RULE.composite(low, high, panels, s, w);
        }
        // log density up to a constant, (df - 1) log s - df s^2 / 2 + df / 2, written in e = s - 1 so that large df
        // loses no digits to cancellation; the weights are then normalised to sum to one
        double total = 0;
        for (int i = 0; i < s.length; i++) {
            double e = s[i] - 1;
            double log1p = Math.log1p(e);
            w[i] *= Math.exp(0.5 * df * (2 * log1p - e * (2 + e)) - log1p);
            total += w[i];
        }
        for (int i = 0; i < s.length; i++) {
            w[i] /= total;
        }
        return new double[][] {s, w};
    }

    /**
     * The distribution of the studentized range of k means with df degrees of freedom for the variance.
     *
     * @param k  number of groups (means), at least 2
     * @param df degrees of freedom of the variance estimate, at least 1; infinity for a known variance
     */
    public static StudentizedRange of(int k, double df) {
        if (k < 2) {
            throw new IllegalArgumentException("the studentized range needs k >= 2 means, got " + k);
        }
        if (!(df >= 1)) {
            throw new IllegalArgumentException("the studentized range needs df >= 1, got " + df);
        }
        return new StudentizedRange(k, df);
    }

    /** P(Q <= q); 0 for q <= 0. */
    public double cumulativeProbability(double q) {
        return q <= 0 ? 0 : integrate(q)[0];
    }

    /** P(Q > q); 1 for q <= 0. Computed as 1 - P(Q <= q): accurate to about 1e-15 in absolute terms. */
    public double survivalProbability(double q) {
        return q <= 0 ? 1 : 1 - integrate(q)[0];
    }

    /** The density at q; 0 for q <= 0. */
    public double density(double q) {
        return q <= 0 ? 0 : integrate(q)[1];
    }

    /**
     * The q with P(Q <= q) = p, by Newton steps kept inside a shrinking bracket, to about 14 digits.
     *
     * @param p a probability in (0, 1)
     */
    public double inverseCumulativeProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        }
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double q = 3;
        for (int it = 0; it < 200; it++) {
            double[] v = integrate(q);
            double gap = v[0] - p;
            if (gap == 0) {
                return q;
            }
            if (gap > 0) {
                hi = q;
            } else {
                lo = q;
            }
            double next = q - gap / v[1];
            if (!(next > lo && next < hi)) {
                next = Double.isInfinite(hi) ? 2 * q : 0.5 * (lo + hi);
            }
            if (Math.abs(next - q) <= 1e-14 * q) {
                return next;
            }
            q = next;
        }
        return q;
    }

    /** [P(Q <= q), density at q] for q > 0. */
    private double[] integrate(double q) {
        double[][] nodes = outerNodes(q);
        double[] s = nodes[0];
        double[] sWeight = nodes[1];
        double probability = 0;
        double density = 0;
        for (int j = 0; j < s.length; j++) {
            double w = q * s[j];
            double inner = 0;
            double innerDensity = 0;
            for (int i = 0; i < Z.length; i++) {
                double zw = Z[i] - w;
                double band = PHI_Z[i] - normalCdf(zw);
                if (band <= 0) {
                    continue;
                }
                double power = k == 2 ? 1 : Math.pow(band, k - 2);
                inner += Z_WEIGHT[i] * power * band;
                innerDensity += Z_WEIGHT[i] * power * Math.exp(-0.5 * zw * zw);
            }
            probability += sWeight[j] * inner;
            density += sWeight[j] * s[j] * innerDensity;
        }
        return new double[] {Math.max(0, Math.min(1, probability * k)), density * k * (k - 1) / Math.sqrt(2 * Math.PI)};
    }

    private static double normalCdf(double x) {
        return 0.5 * Erfc.value(-x / Math.sqrt(2));
    }
}
