package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.List;

/**
 * Bernoulli naive Bayes for binary features, as scikit-learn's BernoulliNB: P(feature j present | class) =
 * (N_cj + alpha) / (N_c + 2 alpha), and an absent feature counts with the complement probability.
 *
 * @param alpha      additive smoothing, at least 0 (default 1); below 1e-10 counts as 1e-10
 * @param binarize   threshold: values above it count as 1, others as 0 (default 0.0); null to take the values as
 *                   already binary
 * @param fitPrior   whether to learn class priors from the class frequencies (default true); else uniform
 * @param classPrior class priors in class order, or null (default) to follow fit_prior
 */
public record BernoulliNB(double alpha, Double binarize, boolean fitPrior, List<Double> classPrior)
        implements Estimator {

    public BernoulliNB {
        Check.nonNegative("alpha", alpha);
        if (binarize != null && !Double.isFinite(binarize)) {
            throw new IllegalArgumentException("binarize must be a finite number or empty, got " + binarize);
        }
        ClassPrior.given("class_prior", classPrior);
        classPrior = classPrior == null ? null : List.copyOf(classPrior);
    }

    /** alpha 1, threshold 0, learned priors. */
    public BernoulliNB() {
        this(1.0, 0.0, true, null);
    }

    @Override
    public CountingNbModel fit(Frame x, Column y) {
        return CountingNbModel.fit(new Counting(Counting.Kind.BERNOULLI, alpha, binarize == null ? Double.NaN : binarize,
                false, fitPrior, ClassPrior.given("class_prior", classPrior)), x, y);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
