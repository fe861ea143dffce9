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
