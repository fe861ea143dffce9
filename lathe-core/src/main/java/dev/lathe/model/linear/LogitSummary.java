package dev.lathe.model.linear;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.stats.InformationCriteria;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Maximum-likelihood inference for an unpenalised binary logistic regression, as statsmodels' {@code Logit}
 * reports it: coefficients with standard errors from the inverse observed information (X' W X)^-1, Wald z
 * statistics, two-sided normal p-values, Wald confidence intervals and odds ratios, plus the
 * log-likelihood, the intercept-only (null) log-likelihood, McFadden's pseudo R^2, the likelihood-ratio
 * test against the null model, AIC and BIC.
 *
 * @param names             parameter names: {@code intercept} first when fitted, then the features
 * @param coefficients      estimates on the log-odds scale, in {@code names} order
 * @param covariance        estimated covariance of the estimates (row-major, square)
 * @param logLikelihood     log-likelihood at the estimates
 * @param nullLogLikelihood log-likelihood of the intercept-only model
 * @param observations      number of rows
 * @param intercept         whether the first parameter is an intercept
 */
public record LogitSummary(List<String> names, double[] coefficients, double[][] covariance, double logLikelihood,
                           double nullLogLikelihood, int observations, boolean intercept) {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    public LogitSummary {
        names = List.copyOf(names);
        coefficients = coefficients.clone();
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariance[i].clone();
            if (copy[i].length != names.size()) {
                throw new IllegalArgumentException("covariance must be " + names.size() + " x " + names.size());
            }
        }
        covariance = copy;
        if (coefficients.length != names.size() || covariance.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + coefficients.length
                    + " coefficients and a covariance of " + covariance.length + " rows");
        }
    }

    /** The estimates, in {@link #names()} order (a copy). */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The covariance of the estimates (a copy). */
    @Override
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /** Standard errors: square roots of the covariance diagonal. */
    public double[] standardErrors() {
        double[] se = new double[coefficients.length];
        for (int k = 0; k < se.length; k++) {
            se[k] = Math.sqrt(covariance[k][k]);
        }
        return se;
    }

    /** Wald statistics: coefficient / standard error. */
    public double[] zValues() {
        double[] se = standardErrors();
        double[] z = new double[se.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = coefficients[k] / se[k];
        }
        return z;
    }

    /** Two-sided p-values of the Wald statistics under the standard normal. */
    public double[] pValues() {
        double[] z = zValues();
        double[] p = new double[z.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = 2 * NORMAL.survivalProbability(Math.abs(z[k]));
        }
        return p;
    }

    /** 95% Wald confidence intervals: {@code result[k] = {lower, upper}}. */
    public double[][] confidenceIntervals() {
        return confidenceIntervals(0.95);
    }

    /**
     * Wald confidence intervals, coefficient -/+ z_{(1 + level) / 2} standard errors.
     *
     * @param level coverage, in (0, 1)
     */
    public double[][] confidenceIntervals(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        double q = NORMAL.inverseCumulativeProbability((1 + level) / 2);
        double[] se = standardErrors();
        double[][] ci = new double[se.length][];
        for (int k = 0; k < ci.length; k++) {
            ci[k] = new double[] {coefficients[k] - q * se[k], coefficients[k] + q * se[k]};
        }
        return ci;
    }

    /** exp(coefficient): the factor by which the odds change per unit of the feature. */
    public double[] oddsRatios() {
        double[] or = new double[coefficients.length];
        for (int k = 0; k < or.length; k++) {
            or[k] = Math.exp(coefficients[k]);
        }
        return or;
    }

    /** Degrees of freedom of the model: parameters, less the intercept. */
    public int dfModel() {
        return coefficients.length - (intercept ? 1 : 0);
    }

    /** Residual degrees of freedom: rows less parameters. */
    public int dfResid() {
        return observations - coefficients.length;
    }

    /** McFadden's pseudo R^2: 1 - logLikelihood / nullLogLikelihood. */
    public double pseudoRSquared() {
        return 1 - logLikelihood / nullLogLikelihood;
    }

    /** Likelihood-ratio statistic against the intercept-only model: 2 (logLikelihood - nullLogLikelihood). */
    public double likelihoodRatio() {
        return 2 * (logLikelihood - nullLogLikelihood);
    }

    /** p-value of {@link #likelihoodRatio()} under chi-squared with {@link #dfModel()} degrees of freedom. */
    public double likelihoodRatioPValue() {
        return ChiSquaredDistribution.of(dfModel()).survivalProbability(likelihoodRatio());
    }

    /** Akaike's information criterion: -2 logLikelihood + 2 parameters. */
    public double aic() {
        return InformationCriteria.aic(logLikelihood, coefficients.length);
    }

    /** Bayesian information criterion: -2 logLikelihood + ln(rows) parameters. */
    public double bic() {
        return InformationCriteria.bic(logLikelihood, coefficients.length, observations);
    }

    /** Writes the summary into its model's step, under keys starting with {@code summary_}. */
    void save(StepWriter out) {
        int k = names.size();
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(covariance[i], 0, flat, i * k, k);
        }
        out.put("summary_names", names);
        out.put("summary_log_likelihood", logLikelihood);
        out.put("summary_null_log_likelihood", nullLogLikelihood);
        out.put("summary_observations", observations);
        out.put("summary_intercept", intercept);
        out.doubles("summary_coefficients", coefficients);
        out.doubles("summary_covariance", flat);
    }

    /** Reads what {@link #save} wrote; empty when the step holds no summary. */
    static Optional<LogitSummary> load(StepReader in) {
        if (!in.has("summary_names")) {
            return Optional.empty();
        }
        List<String> names = in.getStrings("summary_names");
        int k = names.size();
        double[] flat = in.doubles("summary_covariance");
        if (flat.length != k * k) {
            throw in.fail("summary covariance has " + flat.length + " values for " + k + " parameters");
        }
        double[][] covariance = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, i * k, covariance[i], 0, k);
        }
        return Optional.of(new LogitSummary(names, in.doubles("summary_coefficients"), covariance,
                in.getDouble("summary_log_likelihood"), in.getDouble("summary_null_log_likelihood"),
                in.getInt("summary_observations"), in.getBoolean("summary_intercept")));
    }
}
