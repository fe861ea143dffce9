package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.List;

/**
 * Categorical naive Bayes, as scikit-learn's CategoricalNB: each feature holds category codes 0, 1, 2, ...
 * (whole numbers, as an ordinal encoder writes them) and P(feature j = v | class) = (N_cjv + alpha) /
 * (N_c + alpha n_j), n_j the number of categories of feature j seen in training (largest code + 1). A code
 * beyond those at prediction time is a clear error.
 *
 * @param alpha      additive smoothing, at least 0 (default 1); below 1e-10 counts as 1e-10
 * @param fitPrior   whether to learn class priors from the class frequencies (default true); else uniform
 * @param classPrior class priors in class order, or null (default) to follow fit_prior
 */
public record CategoricalNB(double alpha, boolean fitPrior, List<Double> classPrior) implements Estimator {

    public CategoricalNB {
        Check.nonNegative("alpha", alpha);
        ClassPrior.given("class_prior", classPrior);
        classPrior = classPrior == null ? null : List.copyOf(classPrior);
    }

    /** alpha 1, learned priors. */
    public CategoricalNB() {
        this(1.0, true, null);
    }

    @Override
    public CategoricalNbModel fit(Frame x, Column y) {
        return CategoricalNbModel.fit(this, x, y);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
