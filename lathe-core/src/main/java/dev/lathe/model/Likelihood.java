package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.Fingerprint;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.stats.InformationCriteria;
import java.util.Locale;
import java.util.Optional;

/**
 * The maximised log-likelihood of a fitted model with what is needed to compare it with others: the number
 * of estimated parameters, the number of rows, the kind of likelihood and a fingerprint of the target it
 * was fitted to (two likelihoods are comparable only on the same target values and of the same kind).
 *
 * @param logLikelihood   the log-likelihood of the training rows at the estimates, finite
 * @param parameterCount  the number of estimated parameters k, at least 1
 * @param observationCount the number of training rows n, at least 1
 * @param family          the kind of likelihood
 * @param target          hex SHA-256 of the target values ({@link #fingerprint(Column)})
 */
public record Likelihood(double logLikelihood, int parameterCount, int observationCount, Family family,
                         String target) {

    /** The kind of likelihood: a density of a numeric target or a probability of class labels. */
    public enum Family {
        /** Gaussian density of a numeric target. */
        GAUSSIAN,
        /** Probability of the observed class labels (Bernoulli or multinomial). */
        CATEGORICAL
    }

    public Likelihood {
        if (!Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("the log-likelihood must be finite, got " + logLikelihood);
        }
        if (parameterCount < 1 || observationCount < 1) {
            throw new IllegalArgumentException("parameter and observation counts must be at least 1, got "
                    + parameterCount + " and " + observationCount);
        }
        if (family == null || target == null) {
            throw new IllegalArgumentException("family and target must be given");
        }
    }

    /** The fingerprint of a target column's values, as {@link #target()} holds it. */
    public static String fingerprint(Column y) {
        return Fingerprint.of(Frame.of(y));
    }

    /** Akaike's information criterion, -2 llf + 2k. */
    public double aic() {
        return InformationCriteria.aic(logLikelihood, parameterCount);
    }

    /** Schwarz's Bayesian information criterion, -2 llf + k ln n. */
    public double bic() {
        return InformationCriteria.bic(logLikelihood, parameterCount, observationCount);
    }

    /** Writes this into a model's step under keys starting with {@code likelihood_}. */
    public void save(StepWriter out) {
        out.put("likelihood_log_likelihood", logLikelihood);
        out.put("likelihood_parameters", parameterCount);
        out.put("likelihood_observations", observationCount);
        out.put("likelihood_family", family.name().toLowerCase(Locale.ROOT));
        out.put("likelihood_target", target);
    }

    /** Reads what {@link #save} wrote; empty when the step holds none (files written before it was recorded). */
    public static Optional<Likelihood> load(StepReader in) {
        if (!in.has("likelihood_log_likelihood")) {
            return Optional.empty();
        }
        String family = in.getString("likelihood_family");
        Family parsed;
        try {
            parsed = Family.valueOf(family.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw in.fail("has an unknown likelihood family '" + family + "'; expected gaussian or categorical");
        }
        return Optional.of(new Likelihood(in.getDouble("likelihood_log_likelihood"), in.getInt("likelihood_parameters"),
                in.getInt("likelihood_observations"), parsed, in.getString("likelihood_target")));
    }
}
