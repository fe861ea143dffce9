package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.List;

/**
 * Gaussian naive Bayes, as scikit-learn's GaussianNB: each feature is normal within each class, with the
 * class's mean and (population) variance. Every variance is increased by var_smoothing times the largest
 * variance of any feature over all rows, so a feature constant within a class does no harm.
 *
 * @param priors       class priors in class order, summing to 1, or null (default) to learn them from the
 *                     class frequencies
 * @param varSmoothing share of the largest feature variance added to every variance, at least 0 (default 1e-9)
 */
public record GaussianNB(List<Double> priors, double varSmoothing) implements Estimator {

    public GaussianNB {
        Check.nonNegative("var_smoothing", varSmoothing);
        double[] p = ClassPrior.given("priors", priors);
        if (p != null) {
            double sum = 0;
            for (double v : p) {
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-8 + 1e-5) {
                throw new IllegalArgumentException("priors must sum to 1, got " + sum + " from " + priors);
            }
            priors = List.copyOf(priors);
        }
    }

    /** Learned priors, var_smoothing 1e-9. */
    public GaussianNB() {
        this(null, 1e-9);
    }

    @Override
    public GaussianNbModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded t = Targets.classes(y);
        return GaussianNbModel.empty(t.classes(), x.names(), varSmoothing, ClassPrior.given("priors", priors))
                .update(columns, t.codes());
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
