package dev.lathe.stats.test;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Confidence intervals of the form estimate +- quantile * standard error, matching a test's alternative. */
final class Intervals {

    /** The standard normal distribution. */
    static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Intervals() {
    }

    /**
     * The interval estimate +- q * se, where q is the quantile of the reference distribution that leaves
     * 1 - confidence in the tail(s) the alternative names: two-sided gives a two-sided interval, {@code LESS}
     * an upper bound (low = -infinity) and {@code GREATER} a lower bound (high = +infinity), as R's t.test.
     *
     * @param quantile the reference distribution's inverse cumulative probability
     */
    static NamedInterval around(String name, double estimate, double se, Alternative alternative, double confidence,
                           DoubleUnaryOperator quantile) {
        Samples.confidence(confidence);
        if (alternative == Alternative.TWO_SIDED) {
            double q = quantile.applyAsDouble(1 - (1 - confidence) / 2);
            return new NamedInterval(name, estimate, estimate - q * se, estimate + q * se, confidence);
        }
        double q = quantile.applyAsDouble(confidence);
        return alternative == Alternative.LESS
                ? new NamedInterval(name, estimate, Double.NEGATIVE_INFINITY, estimate + q * se, confidence)
                : new NamedInterval(name, estimate, estimate - q * se, Double.POSITIVE_INFINITY, confidence);
    }

    /** A two-sided normal-theory interval estimate +- z * se. */
    static NamedInterval normal(String name, double estimate, double se, double confidence) {
        return around(name, estimate, se, Alternative.TWO_SIDED, confidence, NORMAL::inverseCumulativeProbability);
    }

    /** A two-sided interval exp(log estimate +- z * se of the log): for ratios. */
    static NamedInterval logNormal(String name, double estimate, double seOfLog, double confidence) {
        NamedInterval log = normal(name, Math.log(estimate), seOfLog, confidence);
        return new NamedInterval(name, estimate, Math.exp(log.low()), Math.exp(log.high()), confidence);
    }
}
