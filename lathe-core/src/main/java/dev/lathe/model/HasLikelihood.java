package dev.lathe.model;

/**
 * A fitted model with a likelihood: its maximised log-likelihood on the training rows, the number of
 * parameters it estimated and the number of rows, and from them Akaike's and Schwarz's criteria with
 * statsmodels' conventions, AIC = -2 llf + 2k and BIC = -2 llf + k ln n (lower is better). Models fitted
 * to the same target rows with the same kind of likelihood can be ranked by them
 * ({@code dev.lathe.eval.ModelComparison}).
 *
 * <p>Implemented by least-squares regression ({@code LinearRegression}, {@code PolynomialRegression}:
 * Gaussian errors with the variance at its maximum-likelihood value SSR / n; k counts the coefficients and
 * the intercept, not the variance, as statsmodels' OLS) and by unpenalised, unweighted binary or
 * multinomial logistic regression (k = (classes - 1) x (features + intercept), as statsmodels' Logit and
 * MNLogit). Penalised fits are not maximum-likelihood fits, so a model that can be either refuses, with a
 * message, when it was penalised.
 */
public interface HasLikelihood {

    /**
     * The log-likelihood with its parameter and row counts.
     *
     * @throws IllegalStateException when this fit has none (for example a penalised fit), saying why
     */
    Likelihood likelihood();

    /** The log-likelihood of the training rows at the estimates. */
    default double logLikelihood() {
        return likelihood().logLikelihood();
    }

    /** The number of estimated parameters, k. */
    default int parameterCount() {
        return likelihood().parameterCount();
    }

    /** The number of training rows, n. */
    default int observationCount() {
        return likelihood().observationCount();
    }

    /** Akaike's information criterion, -2 llf + 2k. */
    default double aic() {
        return likelihood().aic();
    }

    /** Schwarz's Bayesian information criterion, -2 llf + k ln n. */
    default double bic() {
        return likelihood().bic();
    }
}
