package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import java.util.Locale;

/** What a supervised model predicts. */
public enum Task {
    /** A number. */
    REGRESSION,
    /** One of a set of labels. */
    CLASSIFICATION;

    /** Classification for categorical, text and boolean targets; regression for numeric ones. */
    public static Task of(Column target) {
        return target.type() == ColumnType.NUMERIC ? REGRESSION : CLASSIFICATION;
    }

    /** Lower-case name for output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
