package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import java.util.Locale;

/** What a model predicts: supervised tasks take a target, the unsupervised ones a frame alone. */
public enum Task {
    /** A number. */
    REGRESSION,
    /** One of a set of labels. */
    CLASSIFICATION,
    /** A cluster per row, learned without a target (see {@link ClusterModel}). */
    CLUSTERING,
    /** New coordinates per row, learned without a target (see {@link Decomposition}). */
    DECOMPOSITION;

    /** Classification for categorical, text and boolean targets; regression for numeric ones. */
    public static Task of(Column target) {
        return target.type() == ColumnType.NUMERIC ? REGRESSION : CLASSIFICATION;
    }

    /** Whether models of this task learn without a target. */
    public boolean unsupervised() {
        return this == CLUSTERING || this == DECOMPOSITION;
    }

    /** Lower-case name for output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
