package dev.lathe.stats.distribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A distribution fitted to a column by maximum likelihood, with measures of fit.
 *
 * @param column        the column's name
 * @param family        the distribution
 * @param parameters    fitted parameters by name, in the order of {@link DistributionFamily#parameterNames()}
 * @param logLikelihood log-likelihood at the fitted parameters (log densities for continuous families, log
 *                      probabilities for counts)
 * @param aic           Akaike's criterion 2k - 2 logLikelihood, k the number of fitted parameters
 * @param bic           Schwarz's criterion k log n - 2 logLikelihood
 * @param ks            Kolmogorov-Smirnov statistic against the fitted distribution, as
 *                      {@code scipy.stats.kstest(x, fitted.cdf)}: max over the ordered values of i/n - F(x_(i))
 *                      and F(x_(i)) - (i-1)/n (no p-value: the parameters were estimated from the same data)
 * @param count         present values used
 * @param missing       missing values left out
 */
public record DistributionFit(String column, DistributionFamily family, Map<String, Double> parameters,
                              double logLikelihood, double aic, double bic, double ks, int count, int missing) {

    /** Copies the parameters, keeping their order. */
    public DistributionFit {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The fitted parameter {@code name}; see {@link DistributionFamily} for the names. */
    public double parameter(String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the " + family.label() + " distribution has no parameter '" + name
                    + "'; parameters: " + family.parameterNames());
        }
        return value;
    }

    /** The fit's measures for an estimate on the sorted present values of a sample. */
    static DistributionFit of(Sample s, DistributionFamily family, Estimate estimate) {
        double[] x = s.sorted();
        int n = x.length;
        double logLikelihood = 0;
        double ks = 0;
        for (int i = 0; i < n; i++) {
            logLikelihood += estimate.logDensity().applyAsDouble(x[i]);
            double f = estimate.cdf().applyAsDouble(x[i]);
            ks = Math.max(ks, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        double[] values = estimate.parameters();
        for (int j = 0; j < values.length; j++) {
            parameters.put(family.parameterNames().get(j), values[j]);
        }
        int k = values.length;
        return new DistributionFit(s.column(), family, parameters, logLikelihood, 2 * k - 2 * logLikelihood,
                k * Math.log(n) - 2 * logLikelihood, ks, n, s.missing());
    }
}
