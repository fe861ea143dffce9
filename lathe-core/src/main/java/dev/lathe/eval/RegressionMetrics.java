package dev.lathe.eval;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Error metrics of numeric predictions, defined as scikit-learn 1.2 defines them. Every method takes paired
 * targets {@code y} and predictions {@code pred} (same length, at least one row, all finite) and, where
 * scikit-learn weights the metric, sample weights {@code w}: {@code null} for equal weights, else one finite
 * weight &gt;= 0 per row with a positive sum. Weighted means are sum(w v) / sum(w). Bad input is an
 * {@link IllegalArgumentException} naming the row.
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /** Mean absolute error, unweighted: see {@link #mae(double[], double[], double[])}. */
    public static double mae(double[] y, double[] pred) {
        return mae(y, pred, null);
    }

    /** Mean absolute error: weighted mean of |y - pred|. */
    public static double mae(double[] y, double[] pred, double[] w) {
        return mean(y, pred, w, (a, b) -> Math.abs(a - b));
    }

    /** Mean squared error, unweighted: see {@link #mse(double[], double[], double[])}. */
    public static double mse(double[] y, double[] pred) {
        return mse(y, pred, null);
    }

    /** Mean squared error: weighted mean of (y - pred)^2. */
    public static double mse(double[] y, double[] pred, double[] w) {
        return mean(y, pred, w, (a, b) -> (a - b) * (a - b));
    }

    /** Root mean squared error, unweighted. */
    public static double rmse(double[] y, double[] pred) {
        return rmse(y, pred, null);
    }

    /** Root mean squared error: the square root of {@link #mse(double[], double[], double[])}. */
    public static double rmse(double[] y, double[] pred, double[] w) {
        return Math.sqrt(mse(y, pred, w));
    }

    /**
     * Mean absolute percentage error as a fraction (not times 100): weighted mean of |y - pred| / max(|y|, eps),
     * eps the double machine epsilon, so a zero target gives a very large but finite term, as in scikit-learn.
     */
    public static double mape(double[] y, double[] pred, double[] w) {
        return mean(y, pred, w, (a, b) -> Math.abs(b - a) / Math.max(Math.abs(a), Math.ulp(1.0)));
    }

    /**
     * Symmetric mean absolute percentage error as a fraction in [0, 2]: weighted mean of
     * 2 |y - pred| / (|y| + |pred|), a row with y = pred = 0 counting 0. scikit-learn has no sMAPE; the test
     * compares with numpy on this definition.
     */
    public static double smape(double[] y, double[] pred, double[] w) {
        return mean(y, pred, w, (a, b) -> {
            double d = Math.abs(a) + Math.abs(b);
            return d == 0 ? 0 : 2 * Math.abs(a - b) / d;
        });
    }

    /**
     * Median of |y - pred|. Unweighted it is the usual median (the mean of the two middle values for an even
     * count); weighted it is scikit-learn's lower weighted median: the smallest error whose cumulative weight,
     * errors sorted ascending, reaches half the total weight.
     */
    public static double medianAbsoluteError(double[] y, double[] pred, double[] w) {
        Inputs.numeric(y, pred);
        Inputs.weights(w, y.length);
        int n = y.length;
        double[] err = new double[n];
        for (int i = 0; i < n; i++) {
            err[i] = Math.abs(pred[i] - y[i]);
        }
        if (w == null) {
            Arrays.sort(err);
            return n % 2 == 1 ? err[n / 2] : (err[n / 2 - 1] + err[n / 2]) / 2;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(err[a], err[b]));
        double[] cdf = new double[n];
        double run = 0;
        for (int i = 0; i < n; i++) {
            run += w[order[i]];
            cdf[i] = run;
        }
        double half = 0.5 * cdf[n - 1];
        int at = 0;
        while (at < n - 1 && cdf[at] < half) {
            at++;
        }
        return err[order[at]];
    }

    /** Largest absolute error max |y - pred| (scikit-learn does not weight it). */
    public static double maxError(double[] y, double[] pred) {
        Inputs.numeric(y, pred);
        double max = 0;
        for (int i = 0; i < y.length; i++) {
            max = Math.max(max, Math.abs(y[i] - pred[i]));
        }
        return max;
    }

    /** Coefficient of determination, unweighted: see {@link #r2(double[], double[], double[])}. */
    public static double r2(double[] y, double[] pred) {
        return r2(y, pred, null);
    }

    /**
     * Coefficient of determination 1 - sum w (y - pred)^2 / sum w (y - ybar)^2, ybar the weighted mean target.
     * When the targets are constant (denominator 0) it is 1 for a perfect fit and 0 otherwise, scikit-learn's
     * {@code force_finite} values.
     */
    public static double r2(double[] y, double[] pred, double[] w) {
        Inputs.numeric(y, pred);
        Inputs.weights(w, y.length);
        double mean = Weighted.mean(y, w);
        double ssr = 0;
        double tss = 0;
        for (int i = 0; i < y.length; i++) {
            ssr += Weighted.of(w, i) * (y[i] - pred[i]) * (y[i] - pred[i]);
            tss += Weighted.of(w, i) * (y[i] - mean) * (y[i] - mean);
        }
        return oneMinusRatio(ssr, tss);
    }

    /**
     * Adjusted R^2 for a model with {@code features} predictors: 1 - (1 - R^2) (n - 1) / (n - features - 1),
     * n the number of rows (whatever the weights), R^2 from {@link #r2(double[], double[], double[])}. Needs
     * n &gt; features + 1. scikit-learn has no adjusted R^2; the test compares with numpy on this definition.
     */
    public static double adjustedR2(double[] y, double[] pred, int features, double[] w) {
        int n = y.length;
        if (features < 0 || n - features - 1 <= 0) {
            throw new IllegalArgumentException("adjusted R^2 needs more rows than features plus one: " + n
                    + " rows, " + features + " features");
        }
        return 1 - (1 - r2(y, pred, w)) * (n - 1) / (n - features - 1);
    }

    /**
     * Explained variance 1 - Var_w(y - pred) / Var_w(y), both weighted population variances. Constant targets
     * give 1 for a perfect fit and 0 otherwise, as {@link #r2(double[], double[], double[])}.
     */
    public static double explainedVariance(double[] y, double[] pred, double[] w) {
        Inputs.numeric(y, pred);
        Inputs.weights(w, y.length);
        double[] diff = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            diff[i] = y[i] - pred[i];
        }
        return oneMinusRatio(variance(diff, w), variance(y, w));
    }

    /**
     * Mean pinball (quantile) loss at quantile {@code alpha} in [0, 1]: weighted mean of alpha (y - pred) where
     * y &gt;= pred, else (1 - alpha) (pred - y). At alpha 0.5 it is half the mean absolute error.
     */
    public static double meanPinballLoss(double[] y, double[] pred, double alpha, double[] w) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("pinball loss needs a quantile alpha in [0, 1], got " + alpha);
        }
        return mean(y, pred, w, (a, b) -> {
            double diff = a - b;
            double sign = diff >= 0 ? 1 : 0;
            return alpha * sign * diff - (1 - alpha) * (1 - sign) * diff;
        });
    }

    /** Mean Poisson deviance: weighted mean of 2 (y log(y / pred) - y + pred), y log(y / pred) = 0 at y = 0. Needs y &gt;= 0, pred &gt; 0. */
    public static double meanPoissonDeviance(double[] y, double[] pred, double[] w) {
        Inputs.numeric(y, pred);
        domain(y, pred, true, "mean Poisson deviance");
        return mean(y, pred, w, (a, b) -> 2 * ((a == 0 ? 0 : a * Math.log(a / b)) - a + b));
    }

    /** Mean gamma deviance: weighted mean of 2 (log(pred / y) + y / pred - 1). Needs y &gt; 0, pred &gt; 0. */
    public static double meanGammaDeviance(double[] y, double[] pred, double[] w) {
        Inputs.numeric(y, pred);
        domain(y, pred, false, "mean gamma deviance");
        return mean(y, pred, w, (a, b) -> 2 * (Math.log(b / a) + a / b - 1));
    }

    private static void domain(double[] y, double[] pred, boolean zeroTargets, String metric) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || (!zeroTargets && y[i] == 0) || pred[i] <= 0) {
                throw new IllegalArgumentException(metric + " needs targets " + (zeroTargets ? ">= 0" : "> 0")
                        + " and predictions > 0; row " + (i + 1) + " has target " + y[i] + " and prediction "
                        + pred[i]);
            }
        }
    }

    private static double mean(double[] y, double[] pred, double[] w, DoubleBinaryOperator term) {
        Inputs.numeric(y, pred);
        Inputs.weights(w, y.length);
        double[] v = new double[y.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = term.applyAsDouble(y[i], pred[i]);
        }
        return Weighted.mean(v, w);
    }

    private static double variance(double[] v, double[] w) {
        double m = Weighted.mean(v, w);
        double[] sq = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            sq[i] = (v[i] - m) * (v[i] - m);
        }
        return Weighted.mean(sq, w);
    }

    private static double oneMinusRatio(double numerator, double denominator) {
        if (denominator == 0) {
            return numerator == 0 ? 1 : 0;
        }
        return 1 - numerator / denominator;
    }
}
