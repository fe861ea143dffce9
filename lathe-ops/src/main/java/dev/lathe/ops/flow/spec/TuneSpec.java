package dev.lathe.ops.flow.spec;

/**
 * The {@code tune} section: how each candidate's hyperparameters are searched.
 *
 * @param method grid, random (default) or bayes
 * @param trials configurations tried per candidate, at least 1 (default 10)
 * @param folds  cross-validation folds on the training rows, at least 2 (default 5)
 * @param metric the metric candidates are ranked by (default: the design's success metric)
 */
public record TuneSpec(String method, int trials, int folds, String metric) {
}
