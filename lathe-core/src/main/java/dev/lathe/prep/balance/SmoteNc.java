package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import dev.lathe.prep.Resampler;

/**
 * SMOTE-NC (Chawla et al. 2002, section 6.1) for mixed numeric and categorical features, as
 * imbalanced-learn's {@code SMOTENC} since 0.11: as {@link Smote}, but the distance between two rows adds,
 * for every categorical feature on which they differ, the square of the median of the standard deviations
 * (population) of the numeric features within the class being grown; a synthetic row's numeric features lie
 * on the segment between a row and one of its k nearest neighbours, and each of its categorical features is
 * the category most frequent among that row's k neighbours (ties at random). Needs at least one numeric and
 * one categorical feature, no other column types and no missing values. Acts while fitting only.
 *
 * @param kNeighbors       neighbours to interpolate towards, at least 1 (default 5); every class to grow needs
 *                         more rows than this
 * @param samplingStrategy in (0, 1] (default 1): every class but the largest grows to floor(sampling_strategy
 *                         * rows of the largest class); 1 balances the classes
 * @param seed             random seed for the rows, neighbours, points and tie-breaks chosen (default 0)
 */
public record SmoteNc(int kNeighbors, double samplingStrategy, long seed) implements Resampler {

    /** Validates the hyperparameters. */
    public SmoteNc {
        Check.atLeast("k_neighbors", kNeighbors, 1);
        SamplingStrategy.check(samplingStrategy);
    }

    /** 5 neighbours, balanced classes, seed 0. */
    public SmoteNc() {
        this(5, 1, 0);
    }

    /**
     * The rows with synthetic rows added; feature columns must be numeric or categorical (at least one of
     * each) without missing values, and the target must have at least two classes.
     */
    @Override
    public Resampled resample(Frame data, Column target) {
        boolean anyNumeric = false;
        boolean anyCategorical = false;
        for (Column c : data.columns()) {
            if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.CATEGORICAL) {
                throw new IllegalArgumentException("smote_nc takes numeric and categorical features, column '" + c.name()
                        + "' is " + c.type().label() + "; encode or drop it first");
            }
            anyNumeric |= c.type() == ColumnType.NUMERIC;
            anyCategorical |= c.type() == ColumnType.CATEGORICAL;
        }
        if (!anyNumeric) {
            throw new IllegalArgumentException("smote_nc needs at least one numeric feature column; for categorical"
                    + " features alone encode them first");
        }
        if (!anyCategorical) {
            throw new IllegalArgumentException("smote_nc needs at least one categorical feature column; use Smote for"
                    + " numeric features only");
        }
        return Synthesis.oversample("smote_nc", data, target, kNeighbors, samplingStrategy, seed);
    }
}
