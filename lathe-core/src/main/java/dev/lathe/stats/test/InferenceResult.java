package dev.lathe.stats.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one result type of every hypothesis test in Lathe: the statistic and its p-value, degrees of freedom
 * where the reference distribution has them, the alternative, the estimate the test is about and an effect
 * size (each with a confidence interval when one is defined), test-specific extras, and a one-line
 * interpretation. Build one with {@link #builder}.
 *
 * @param test           the test's name, e.g. {@code "Welch two-sample t-test"}
 * @param statisticName  the statistic's symbol, e.g. {@code "t"}, {@code "F"}, {@code "chi2"}, {@code "U"}
 * @param statistic      the test statistic
 * @param pValue         the p-value in [0, 1]
 * @param df             degrees of freedom (numerator for F), NaN when the reference distribution has none
 * @param df2            denominator degrees of freedom of an F statistic, else NaN
 * @param alternative    the alternative hypothesis, or null for tests that have only one (chi-square, F)
 * @param nullHypothesis the null hypothesis in words, e.g. {@code "the two means are equal"}
 * @param estimate       what the test is about with its confidence interval, or null
 * @param effectSize     a standardised effect size with its confidence interval, or null
 * @param extras         further named values (numbers, arrays, tables) in insertion order, read-only
 */
public record InferenceResult(String test, String statisticName, double statistic, double pValue, double df,
                              double df2, Alternative alternative, String nullHypothesis, NamedInterval estimate,
                              NamedInterval effectSize, Map<String, Object> extras) {

    /** Checks the names and that the p-value lies in [0, 1]. */
    public InferenceResult {
        if (test == null || test.isBlank() || statisticName == null || statisticName.isBlank()) {
            throw new IllegalArgumentException("a test result needs the test's and the statistic's names");
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException(test + ": p-value must be in [0, 1], got " + pValue);
        }
        if (nullHypothesis == null || nullHypothesis.isBlank()) {
            throw new IllegalArgumentException(test + ": the null hypothesis must be stated");
        }
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** Starts a result of {@code test} with its statistic and p-value; the rest is optional. */
    public static Builder builder(String test, String statisticName, double statistic, double pValue) {
        return new Builder(test, statisticName, statistic, pValue);
    }

    /** Whether the null hypothesis is rejected at significance level {@code alpha} (p <= alpha). */
    public boolean rejects(double alpha) {
        checkAlpha(alpha);
        return pValue <= alpha;
    }

    /**
     * One line for a reader: the decision at {@code alpha}, the null hypothesis, the statistic with its
     * degrees of freedom and the p-value, e.g. {@code "do not reject at alpha = 0.05 that the two means are
     * equal (two-sided): t(17.78) = -1.861, p = 0.07939"}.
     */
    public String interpretation(double alpha) {
        StringBuilder s = new StringBuilder(rejects(alpha) ? "reject" : "do not reject")
                .append(" at alpha = ").append(format(alpha)).append(" that ").append(nullHypothesis);
        if (alternative != null) {
            s.append(" (").append(alternative.label()).append(')');
        }
        s.append(": ").append(statisticName);
        if (!Double.isNaN(df)) {
            s.append('(').append(format(df));
            if (!Double.isNaN(df2)) {
                s.append(", ").append(format(df2));
            }
            s.append(')');
        }
        s.append(" = ").append(format(statistic)).append(", p = ").append(format(pValue));
        if (effectSize != null) {
            s.append(", ").append(effectSize.name()).append(" = ").append(format(effectSize.value()));
        }
        return s.toString();
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }

    /** Four significant digits without trailing zeros; scientific notation for very small or large values. */
    private static String format(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v == 0 ? "0" : Double.toString(v);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(v);
        return magnitude >= 1e-4 && magnitude < 1e15 ? rounded.toPlainString() : rounded.toString();
    }

    /** Collects the optional parts of an {@link InferenceResult}. */
    public static final class Builder {
        private final String test;
        private final String statisticName;
        private final double statistic;
        private final double pValue;
        private double df = Double.NaN;
        private double df2 = Double.NaN;
        private Alternative alternative;
        private String nullHypothesis;
        private NamedInterval estimate;
        private NamedInterval effectSize;
        private final Map<String, Object> extras = new LinkedHashMap<>();

        private Builder(String test, String statisticName, double statistic, double pValue) {
            this.test = test;
            this.statisticName = statisticName;
            this.statistic = statistic;
            this.pValue = pValue;
        }

        /** Degrees of freedom of the reference distribution. */
        public Builder df(double value) {
            this.df = value;
            return this;
        }

        /** Numerator and denominator degrees of freedom of an F statistic. */
        public Builder df(double numerator, double denominator) {
            this.df = numerator;
            this.df2 = denominator;
            return this;
        }

        /** The alternative hypothesis the p-value was computed for. */
        public Builder alternative(Alternative value) {
            this.alternative = value;
            return this;
        }

        /** The null hypothesis in words, completing "reject that ...". */
        public Builder nullHypothesis(String value) {
            this.nullHypothesis = value;
            return this;
        }

        /** What the test is about, with its confidence interval. */
        public Builder estimate(NamedInterval value) {
            this.estimate = value;
            return this;
        }

        /** A standardised effect size, with its confidence interval when defined. */
        public Builder effectSize(NamedInterval value) {
            this.effectSize = value;
            return this;
        }

        /** A further named value (a number, an array or a table); names are lower snake_case. */
        public Builder extra(String name, Object value) {
            extras.put(name, value);
            return this;
        }

        /** The result; fails when the p-value is outside [0, 1] or the null hypothesis is missing. */
        public InferenceResult build() {
            return new InferenceResult(test, statisticName, statistic, pValue, df, df2, alternative,
                    nullHypothesis, estimate, effectSize, extras);
        }
    }
}
