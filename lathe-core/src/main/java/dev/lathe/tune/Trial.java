package dev.lathe.tune;

import java.util.Map;

/**
 * One evaluated configuration of a search.
 *
 * @param number the trial's number, from 1, in the order proposed
 * @param params the hyperparameters set, by name (inactive conditional ones absent)
 * @param cv     its cross-validation, exactly what {@link CrossValidation#run} gives for the pipeline with
 *               these hyperparameters; for a pruned trial, the folds evaluated before it was stopped
 * @param pruned whether early stopping ({@link MedianPruner}) stopped it before its last fold; pruned trials
 *               rank after every complete one
 */
public record Trial(int number, Map<String, Object> params, CvResult cv, boolean pruned) {

    /** Copies the parameters. */
    public Trial {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** A trial evaluated on every fold. */
    public Trial(int number, Map<String, Object> params, CvResult cv) {
        this(number, params, cv, false);
    }

    /** The mean test score of {@code metric} over the folds. */
    public double mean(String metric) {
        return cv.spread(metric).mean();
    }
}
