package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.tune.CrossValidation;
import dev.lathe.tune.SearchSpace;

/**
 * One problem of the Bayesian-search moonshot: a pipeline, its data and target, a space of numeric
 * hyperparameters, the cross-validation that scores a configuration (first metric greater-is-better) and
 * how many points per range the dense grid takes.
 *
 * @param name          short name printed in the results
 * @param pipeline      what is tuned
 * @param data          the rows it is tuned on, target included
 * @param target        the target column
 * @param space         unconditional numeric ranges only (so that Bayesian search uses the Gaussian process)
 * @param cv            folds and scorer; the first scorer must be greater-is-better with positive scores
 * @param gridPoints    points per range of the dense grid, at least 2
 */
record MoonshotProblem(String name, Pipeline pipeline, Frame data, String target, SearchSpace space,
                       CrossValidation cv, int gridPoints) {
}
