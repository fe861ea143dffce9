package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * Complement naive Bayes for counts with unbalanced classes (Rennie et al., 2003), as scikit-learn's
 * ComplementNB: each class is scored by how unlike the other classes' counts a row is, weight_cj =
 * -log((M_j + alpha - N_cj) / sum_j'(M_j' + alpha - N_cj')) with M_j the total of feature j. With two or
 * more classes the class priors play no part (as in scikit-learn). Features must be at least 0.
 *
 * @param alpha additive smoothing, at least 0 (default 1); below 1e-10 counts as 1e-10
 * @param norm  whether to divide each class's log weights by their sum (default false)
 */
public record ComplementNB(double alpha, boolean norm) implements Estimator {

    public ComplementNB {
        Check.nonNegative("alpha", alpha);
    }

    /** alpha 1, no normalisation. */
    public ComplementNB() {
        this(1.0, false);
    }

    @Override
    public CountingNbModel fit(Frame x, Column y) {
        return CountingNbModel.fit(new Counting(Counting.Kind.COMPLEMENT, alpha, Double.NaN, norm, true, null), x, y);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
