package dev.lathe.stats.test;

import dev.lathe.stats.Correlation;
import dev.lathe.stats.CorrelationResult;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Significance of Pearson, Spearman and Kendall correlation ({@link Correlation}, as scipy 1.10 computes the
 * coefficients and two-sided p-values). One-sided p-values use the same t reference as the two-sided ones for
 * Pearson (exact under bivariate normality) and Spearman (t approximation); Kendall's exact distribution is
 * two-sided only here. Pearson's estimate has Fisher's z interval (R's {@code cor.test}), one-sided for a
 * one-sided alternative.
 */
public final class CorrelationTests {

    private CorrelationTests() {
    }

    /**
     * Tests H0: no correlation between {@code x} and {@code y}.
     *
     * @param x          the first variable, finite, at least 3 pairs (4 for Pearson's interval)
     * @param y          the second variable, same length
     * @param confidence the level of Pearson's interval
     * @throws IllegalArgumentException for a one-sided Kendall test, a constant variable or too few pairs
     */
    public static InferenceResult test(Correlation.Method method, double[] x, double[] y, Alternative alternative,
                                       double confidence) {
        Samples.paired(x, y, 3);
        if (method == Correlation.Method.KENDALL && alternative != Alternative.TWO_SIDED) {
            throw new IllegalArgumentException("Kendall's tau is tested two-sided only; got alternative "
                    + alternative.label());
        }
        CorrelationResult c = Correlation.of(method, x, y);
        double r = c.statistic();
        if (Double.isNaN(r)) {
            throw new IllegalArgumentException("one variable is constant: the correlation is undefined");
        }
        int n = c.n();
        double p = c.pValue();
        if (method != Correlation.Method.KENDALL && alternative != Alternative.TWO_SIDED) {
            double t = Math.abs(r) == 1 ? Math.copySign(Double.POSITIVE_INFINITY, r)
                    : r * Math.sqrt((n - 2) / ((1 + r) * (1 - r)));
            TDistribution dist = TDistribution.of(n - 2);
            p = alternative.pValue(dist.cumulativeProbability(t), dist.survivalProbability(t));
        }
        String name = switch (method) {
            case PEARSON -> "pearson_r";
            case SPEARMAN -> "spearman_rho";
            case KENDALL -> "kendall_tau";
        };
        InferenceResult.Builder result = InferenceResult.builder(switch (method) {
                    case PEARSON -> "Pearson correlation test";
                    case SPEARMAN -> "Spearman rank correlation test";
                    case KENDALL -> "Kendall rank correlation test";
                }, name, r, p)
                .alternative(alternative)
                .nullHypothesis("the correlation is zero")
                .extra("n", (long) n);
        if (method == Correlation.Method.PEARSON) {
            result.df(n - 2);
            if (n > 3 && Math.abs(r) < 1) {
                NamedInterval z = Intervals.around(name, atanh(r), 1 / Math.sqrt(n - 3.0), alternative, confidence,
                        Intervals.NORMAL::inverseCumulativeProbability);
                result.estimate(new NamedInterval(name, r, Math.tanh(z.low()), Math.tanh(z.high()), confidence));
            } else {
                result.estimate(NamedInterval.point(name, r));
            }
        } else {
            result.estimate(NamedInterval.point(name, r));
        }
        return result.build();
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
