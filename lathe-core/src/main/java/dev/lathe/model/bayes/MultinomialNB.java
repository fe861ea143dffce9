package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.List;

/**
 * Multinomial naive Bayes for counts (word counts, tf-idf), as scikit-learn's MultinomialNB: P(feature j |
 * class) = (N_cj + alpha) / (N_c + alpha d), N_cj the class's sum of feature j. Features must be at least 0.
 *
 * @param alpha      additive (Laplace/Lidstone) smoothing, at least 0 (default 1); below 1e-10 counts as 1e-10
 * @param fitPrior   whether to learn class priors from the class frequencies (default true); else uniform
 * @param classPrior class priors in class order, or null (default) to follow fit_prior
 */
public record MultinomialNB(double alpha, boolean fitPrior, List<Double> classPrior) implements Estimator {

    public MultinomialNB {
        Check.nonNegative("alpha", alpha);
        ClassPrior.given("class_prior", classPrior);
        classPrior = classPrior == null ? null : List.copyOf(classPrior);
    }

    /** alpha 1, learned priors. */
    public MultinomialNB() {
        this(1.0, true, null);
    }

    @Override
    public CountingNbModel fit(Frame x, Column y) {
        return CountingNbModel.fit(new Counting(Counting.Kind.MULTINOMIAL, alpha, Double.NaN, false, fitPrior,
                ClassPrior.given("class_prior", classPrior)), x, y);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
