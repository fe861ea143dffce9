package dev.lathe.tune;

import java.util.Map;

/**
 * One evaluated configuration of a search.
 *
 * @param number the trial's number, from 1, in the order proposed
 * @param params the hyperparameters set, by name (inactive conditional ones absent)
 * @param cv     its cross-validation, exactly what {@link CrossValidation#run} gives for the pipeline with
 *               these hyperparameters
 */
public record Trial(int number, Map<String, Object> params, CvResult cv) {

    /** Copies the parameters. */
    public Trial {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The mean test score of {@code metric} over the folds. */
    public double mean(String metric) {
        return cv.spread(metric).mean();
    }
}
