package dev.lathe.model;

import dev.lathe.frame.Frame;

/**
 * A fitted model of the features' density (such as a Gaussian mixture): the log-density of each row and the
 * number of free parameters, from which AIC = -2 ln L + 2k and BIC = -2 ln L + k ln n on any rows (scikit-learn's
 * {@code aic(X)} and {@code bic(X)}).
 */
public interface DensityModel extends Model {

    /** The natural log of the fitted density at every row of {@code x}. */
    double[] scoreSamples(Frame x);

    /** The number of free parameters k. */
    int parameterCount();

    /** The total log-likelihood of the rows of {@code x}. */
    default double logLikelihood(Frame x) {
        double s = 0;
        for (double v : scoreSamples(x)) {
            s += v;
        }
        return s;
    }

    /** Akaike's criterion on {@code x}: -2 ln L + 2k (lower is better). */
    default double aic(Frame x) {
        return -2 * logLikelihood(x) + 2.0 * parameterCount();
    }

    /** Schwarz's criterion on {@code x}: -2 ln L + k ln n (lower is better). */
    default double bic(Frame x) {
        return -2 * logLikelihood(x) + parameterCount() * Math.log(x.rowCount());
    }
}
