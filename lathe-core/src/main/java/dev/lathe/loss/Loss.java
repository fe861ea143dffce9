package dev.lathe.loss;

/**
 * A pointwise loss of a raw model score {@code f} against a target {@code y}, with its derivative in
 * {@code f}: what linear models minimise, what gradient boosting follows, and what tuning can score by.
 * For binary classification losses the target is 0 or 1 and the score is on the logit/margin scale.
 */
public interface Loss {

    /** The loss's name as users know it ({@code squared_error}, {@code pinball}, {@code log_loss}...). */
    String name();

    /** The loss of score {@code f} for target {@code y}. */
    double value(double y, double f);

    /** The derivative of {@link #value} with respect to {@code f} (a subgradient where it has a kink). */
    double derivative(double y, double f);

    /**
     * The second derivative of {@link #value} in {@code f}, which Newton steps (gradient boosting) divide
     * by. Where it is zero or undefined almost everywhere (absolute, pinball, hinge, Huber's linear part)
     * this is 1, the convention boosting libraries follow so that a step is a plain gradient step.
     */
    double hessian(double y, double f);

    /**
     * The weighted derivatives and Hessians of the rows {@code rows[from..to)}: {@code g[r] = w[r] *
     * derivative(y[r], f[r])} and {@code h[r] = w[r] * hessian(y[r], f[r])} ({@code w} null for unit
     * weights). What gradient boosting calls once per row and tree; losses whose derivative and Hessian
     * share work (the log loss's sigmoid) compute it once.
     */
    default void derivatives(double[] y, double[] f, double[] w, int[] rows, int from, int to, double[] g,
                             double[] h) {
        for (int i = from; i < to; i++) {
            int r = rows[i];
            double weight = w == null ? 1 : w[r];
            g[r] = weight * derivative(y[r], f[r]);
            h[r] = weight * hessian(y[r], f[r]);
        }
    }

    /** The mean loss over paired targets and scores. */
    default double mean(double[] y, double[] f) {
        if (y.length != f.length || y.length == 0) {
            throw new IllegalArgumentException("need equally many targets and scores, at least one; got "
                    + y.length + " and " + f.length);
        }
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += value(y[i], f[i]);
        }
        return s / y.length;
    }
}
