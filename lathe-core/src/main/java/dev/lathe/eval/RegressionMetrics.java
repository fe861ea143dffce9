package dev.lathe.eval;

/** Error metrics of numeric predictions, defined as scikit-learn defines them. */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /** Mean absolute error. */
    public static double mae(double[] y, double[] pred) {
        check(y, pred);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - pred[i]);
        }
        return s / y.length;
    }

    /** Mean squared error. */
    public static double mse(double[] y, double[] pred) {
        check(y, pred);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - pred[i];
            s += d * d;
        }
        return s / y.length;
    }

    /** Root mean squared error. */
    public static double rmse(double[] y, double[] pred) {
        return Math.sqrt(mse(y, pred));
    }

    /** Coefficient of determination 1 - SSR/TSS (1 for a perfect fit; 0 when TSS is 0 and the fit is not perfect). */
    public static double r2(double[] y, double[] pred) {
        check(y, pred);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ssr = 0;
        double tss = 0;
        for (int i = 0; i < y.length; i++) {
            ssr += (y[i] - pred[i]) * (y[i] - pred[i]);
            tss += (y[i] - mean) * (y[i] - mean);
        }
        if (tss == 0) {
            return ssr == 0 ? 1 : 0;
        }
        return 1 - ssr / tss;
    }

    static void check(double[] y, double[] pred) {
        if (y.length != pred.length) {
            throw new IllegalArgumentException("targets and predictions differ in length: " + y.length + " and "
                    + pred.length);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("no targets to score");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i]) || !Double.isFinite(pred[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + " has a " + (Double.isFinite(y[i])
                        ? "prediction" : "target") + " that is missing or infinite");
            }
        }
    }
}
