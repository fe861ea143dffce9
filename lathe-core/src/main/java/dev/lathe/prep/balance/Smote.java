package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import dev.lathe.prep.Resampler;

/**
 * SMOTE (Chawla et al. 2002), as imbalanced-learn's {@code SMOTE}: grows the smaller classes with synthetic
 * rows, each at a uniform random point on the segment between a row of the class and one of its k nearest
 * neighbours in the same class (Euclidean distance). The result is the original rows followed by the
 * synthetic ones. Numeric features only, none missing; for categorical features use {@link SmoteNc}. Acts
 * while fitting only, so scale the features first if their units differ.
 *
 * @param kNeighbors       neighbours to interpolate towards, at least 1 (default 5); every class to grow needs
 *                         more rows than this
 * @param samplingStrategy in (0, 1] (default 1): every class but the largest grows to floor(sampling_strategy
 *                         * rows of the largest class); 1 balances the classes
 * @param seed             random seed for the rows, neighbours and points chosen (default 0)
 */
public record Smote(int kNeighbors, double samplingStrategy, long seed) implements Resampler {

    /** Validates the hyperparameters. */
    public Smote {
        Check.atLeast("k_neighbors", kNeighbors, 1);
        SamplingStrategy.check(samplingStrategy);
    }

    /** 5 neighbours, balanced classes, seed 0. */
    public Smote() {
        this(5, 1, 0);
    }

    /**
     * The rows with synthetic rows added; every feature column must be numeric without missing values, and
     * the target must have at least two classes.
     */
    @Override
    public Resampled resample(Frame data, Column target) {
        if (data.columnCount() == 0) {
            throw new IllegalArgumentException("smote needs at least one numeric feature column");
        }
        for (Column c : data.columns()) {
            if (c.type() == ColumnType.CATEGORICAL) {
                throw new IllegalArgumentException("smote takes numeric features only, column '" + c.name()
                        + "' is categorical; use SmoteNc (SMOTE-NC) for mixed numeric and categorical features");
            }
            if (c.type() != ColumnType.NUMERIC) {
                throw new IllegalArgumentException("smote takes numeric features only, column '" + c.name() + "' is "
                        + c.type().label() + "; encode or drop it first");
            }
        }
        return Synthesis.oversample("smote", data, target, kNeighbors, samplingStrategy, seed);
    }
}
