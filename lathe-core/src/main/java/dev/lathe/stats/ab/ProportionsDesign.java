package dev.lathe.stats.ab;

import dev.lathe.math.Bisection;
import dev.lathe.stats.test.Alternative;
import java.util.function.DoubleUnaryOperator;

/**
 * Power, sample size and minimum detectable effect for comparing two proportions with the Normal
 * approximation, in two forms: the difference p2 - p1 with the pooled standard error under the null and the
 * unpooled one under the alternative (R's {@code power.prop.test}, generalised to unequal groups), and Cohen's
 * h = 2 asin(sqrt(p2)) - 2 asin(sqrt(p1)), whose standard error is sqrt(1/n1 + 1/n2) (R's
 * {@code pwr.2p2n.test}).
 *
 * @param ratio       n2 / n1, positive (1 for equal groups)
 * @param alpha       the significance level, in (0, 1)
 * @param alternative {@code GREATER}: p2 > p1; {@code LESS}: p2 < p1
 * @param strict      for two-sided tests, whether the far tail counts towards power (true: exact, as pwr; false:
 *                    R {@code power.prop.test}'s default)
 */
public record ProportionsDesign(double ratio, double alpha, Alternative alternative, boolean strict) {

    private static final double MAX_N = 1e12;

    /** Checks the level and the ratio. */
    public ProportionsDesign {
        Tails.checkAlpha(alpha);
        Tails.checkRatio(ratio);
        if (alternative == null) {
            throw new IllegalArgumentException("the alternative must be given");
        }
    }

    /** Cohen's h from p1 to p2, {@code 2 asin(sqrt(p2)) - 2 asin(sqrt(p1))}; both in [0, 1]. */
    public static double cohenH(double p1, double p2) {
        checkProbability("p1", p1);
        checkProbability("p2", p2);
        return 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
    }

    /** The power to detect p1 -> p2 with {@code n1} in the first group (positive). */
    public double power(double p1, double p2, double n1) {
        checkProbability("p1", p1);
        checkProbability("p2", p2);
        checkN(n1);
        double n2 = ratio * n1;
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double se1 = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return Tails.normalPower(p2 - p1, se0, se1, alpha, alternative, strict);
    }

    /** The power to detect Cohen's h with {@code n1} in the first group (positive). */
    public double powerForH(double h, double n1) {
        checkN(n1);
        double se = Math.sqrt(1 / n1 + 1 / (ratio * n1));
        return Tails.normalPower(h, se, se, alpha, alternative, strict);
    }

    /** The group sizes for {@code power} to detect p1 -> p2 (p1 != p2). */
    public SampleSize sampleSize(double p1, double p2, double power) {
        if (p1 == p2) {
            throw new IllegalArgumentException("p1 and p2 must differ to size a test, both are " + p1);
        }
        return solve(n -> power(p1, p2, n), power, "p1 = " + p1 + ", p2 = " + p2);
    }

    /** The group sizes for {@code power} to detect Cohen's h (non-zero). */
    public SampleSize sampleSizeForH(double h, double power) {
        if (!(h != 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("Cohen's h must be finite and non-zero, got " + h);
        }
        return solve(n -> powerForH(h, n), power, "h = " + h);
    }

    /**
     * The nearest p2 to {@code p1} detected with {@code power} when the first group has {@code n1}: above p1
     * unless the alternative is {@code LESS}.
     *
     * @throws IllegalArgumentException when no p2 in [0, 1] in that direction reaches the power
     */
    public double minimumDetectable(double p1, double n1, double power) {
        Tails.checkPower(power, alpha);
        checkProbability("p1", p1);
        double end = alternative == Alternative.LESS ? 0 : 1;
        if (power(p1, end, n1) < power) {
            throw new IllegalArgumentException("no p2 between " + p1 + " and " + end + " reaches power " + power
                    + " with n1 = " + n1);
        }
        return Bisection.root(p2 -> power(p1, p2, n1) - power, Math.min(p1, end), Math.max(p1, end));
    }

    private SampleSize solve(DoubleUnaryOperator powerOf, double power, String what) {
        Tails.checkPower(power, alpha);
        if (powerOf.applyAsDouble(MAX_N) < power) {
            throw new IllegalArgumentException(what + " cannot reach power " + power
                    + " (check the direction against the alternative " + alternative.label() + ")");
        }
        double lo = 1e-6;
        double n = powerOf.applyAsDouble(lo) >= power ? lo : Bisection.rootAbove(m -> powerOf.applyAsDouble(m) - power, lo, MAX_N);
        long first = (long) Math.ceil(n - 1e-9);
        return new SampleSize(n, first, (long) Math.ceil(ratio * first - 1e-9));
    }

    private static void checkN(double n1) {
        if (!(n1 > 0) || Double.isInfinite(n1)) {
            throw new IllegalArgumentException("group size n1 must be positive and finite, got " + n1);
        }
    }

    static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
        }
    }
}
