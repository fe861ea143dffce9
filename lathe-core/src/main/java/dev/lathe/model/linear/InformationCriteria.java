package dev.lathe.model.linear;

/**
 * Gaussian log-likelihood, AIC and BIC of a least-squares fit, with statsmodels' conventions:
 * llf = -n/2 (ln 2 pi + ln(SSR / n) + 1), AIC = -2 llf + 2k, BIC = -2 llf + k ln n, k counting every
 * coefficient, the intercept included (not the error variance).
 */
final class InformationCriteria {

    private InformationCriteria() {
    }

    /** The maximised log-likelihood of {@code n} residuals with sum of squares {@code ssr}. */
    static double logLikelihood(double ssr, int n) {
        return -n / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
    }

    /** Akaike's criterion for {@code k} coefficients. */
    static double aic(double ssr, int n, int k) {
        return -2 * logLikelihood(ssr, n) + 2.0 * k;
    }

    /** Schwarz's Bayesian criterion for {@code k} coefficients. */
    static double bic(double ssr, int n, int k) {
        return -2 * logLikelihood(ssr, n) + k * Math.log(n);
    }
}
