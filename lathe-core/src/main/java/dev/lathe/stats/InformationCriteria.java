package dev.lathe.stats;

/**
 * Log-likelihoods and information criteria with statsmodels' conventions, shared by every fitted model
 * and statistical fit that reports them: AIC = -2 llf + 2k and BIC = -2 llf + k ln n, where llf is the
 * maximised log-likelihood, k the number of estimated parameters and n the number of observations. Which
 * parameters k counts is the caller's convention to state (for least squares statsmodels counts every
 * coefficient, the intercept included, but not the error variance).
 */
public final class InformationCriteria {

    private InformationCriteria() {
    }

    /**
     * The Gaussian log-likelihood of a least-squares fit with the error variance at its maximum-likelihood
     * value SSR / n: llf = -n/2 (ln 2 pi + ln(SSR / n) + 1).
     *
     * @param ssr sum of squared residuals, at least 0
     * @param n   number of residuals, at least 1
     */
    public static double gaussianLogLikelihood(double ssr, int n) {
        return -n / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
    }

    /**
     * The Gaussian log-likelihood of a weighted least-squares fit, as statsmodels' WLS: row i has variance
     * sigma^2 / w_i, sigma^2 at its maximum-likelihood value, so llf = -n/2 (ln 2 pi + ln(SSR_w / n) + 1)
     * + 1/2 sum ln w_i, with n = {@code weights.length}.
     *
     * @param weightedSsr sum of w_i times the squared residual, at least 0
     * @param weights     the weights of the rows, each greater than 0
     */
    public static double gaussianLogLikelihood(double weightedSsr, double[] weights) {
        double logWeights = 0;
        for (double w : weights) {
            logWeights += Math.log(w);
        }
        return gaussianLogLikelihood(weightedSsr, weights.length) + logWeights / 2;
    }

    /**
     * Akaike's information criterion, -2 llf + 2k.
     *
     * @param logLikelihood the maximised log-likelihood
     * @param k             number of estimated parameters
     */
    public static double aic(double logLikelihood, int k) {
        return -2 * logLikelihood + 2.0 * k;
    }

    /**
     * Schwarz's Bayesian information criterion, -2 llf + k ln n.
     *
     * @param logLikelihood the maximised log-likelihood
     * @param k             number of estimated parameters
     * @param n             number of observations
     */
    public static double bic(double logLikelihood, int k, int n) {
        return -2 * logLikelihood + k * Math.log(n);
    }
}
