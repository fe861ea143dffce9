package dev.lathe.stats.bayes;

import java.util.List;

/**
 * Bayes' theorem over a finite set of hypotheses: prior probabilities and the likelihood of the observed data
 * under each give the evidence (the data's total probability) and the posterior probabilities,
 * {@code posterior[i] = prior[i] * likelihood[i] / evidence}.
 *
 * @param hypotheses the hypotheses' names, unique
 * @param prior      prior probabilities in [0, 1], summing to 1
 * @param likelihood the probability (or density) of the data under each hypothesis, non-negative and finite
 * @param evidence   {@code sum prior[i] * likelihood[i]}, positive
 * @param posterior  posterior probabilities, summing to 1
 */
public record BayesTheorem(List<String> hypotheses, double[] prior, double[] likelihood, double evidence,
                           double[] posterior) {

    private static final double SUM_TOLERANCE = 1e-9;

    /** Copies the arrays and the list. */
    public BayesTheorem {
        hypotheses = List.copyOf(hypotheses);
        prior = prior.clone();
        likelihood = likelihood.clone();
        posterior = posterior.clone();
    }

    /**
     * Applies Bayes' theorem.
     *
     * @throws IllegalArgumentException when the lengths differ, names repeat, a prior probability lies outside
     *                                  [0, 1] or the priors do not sum to 1, a likelihood is negative or not
     *                                  finite, or the data are impossible under every hypothesis with prior mass
     */
    public static BayesTheorem of(List<String> hypotheses, double[] prior, double[] likelihood) {
        int k = hypotheses.size();
        if (k == 0 || prior.length != k || likelihood.length != k) {
            throw new IllegalArgumentException("need one prior and one likelihood per hypothesis: " + k
                    + " hypotheses, " + prior.length + " priors, " + likelihood.length + " likelihoods");
        }
        if (hypotheses.stream().distinct().count() != k) {
            throw new IllegalArgumentException("hypothesis names must be unique, got " + hypotheses);
        }
        double total = 0;
        double evidence = 0;
        for (int i = 0; i < k; i++) {
            if (!(prior[i] >= 0 && prior[i] <= 1)) {
                throw new IllegalArgumentException("prior probability of '" + hypotheses.get(i)
                        + "' must be in [0, 1], got " + prior[i]);
            }
            if (!(likelihood[i] >= 0) || Double.isInfinite(likelihood[i])) {
                throw new IllegalArgumentException("likelihood under '" + hypotheses.get(i)
                        + "' must be non-negative and finite, got " + likelihood[i]);
            }
            total += prior[i];
            evidence += prior[i] * likelihood[i];
        }
        if (Math.abs(total - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("prior probabilities must sum to 1, got " + total);
        }
        if (!(evidence > 0)) {
            throw new IllegalArgumentException("the data have probability 0 under every hypothesis with prior mass");
        }
        double[] posterior = new double[k];
        for (int i = 0; i < k; i++) {
            posterior[i] = prior[i] * likelihood[i] / evidence;
        }
        return new BayesTheorem(hypotheses, prior, likelihood, evidence, posterior);
    }

    /**
     * The diagnostic-test case: the probabilities of {@code "condition"} and {@code "no condition"} after a
     * positive test result.
     *
     * @param prevalence  the prior probability of the condition, in [0, 1]
     * @param sensitivity P(positive | condition), in [0, 1]
     * @param specificity P(negative | no condition), in [0, 1]
     */
    public static BayesTheorem positiveTest(double prevalence, double sensitivity, double specificity) {
        checkProbability("prevalence", prevalence);
        checkProbability("sensitivity", sensitivity);
        checkProbability("specificity", specificity);
        return of(List.of("condition", "no condition"), new double[] {prevalence, 1 - prevalence},
                new double[] {sensitivity, 1 - specificity});
    }

    /** The posterior probability of {@code hypothesis}. */
    public double posterior(String hypothesis) {
        int i = hypotheses.indexOf(hypothesis);
        if (i < 0) {
            throw new IllegalArgumentException("unknown hypothesis '" + hypothesis + "'; known: " + hypotheses);
        }
        return posterior[i];
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
        }
    }
}
