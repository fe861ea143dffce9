package dev.lathe.prep.outlier;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.param.Check;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Resampler;

/**
 * Removes training rows with a value outside Tukey's fences [Q1 - k IQR, Q3 + k IQR] in any chosen column,
 * quartiles by linear interpolation (as pandas and NumPy by default) over that column's training values.
 * Missing values are never outliers. Used while fitting only: prediction rows are never removed.
 *
 * @param columns columns to check (default: every numeric column)
 * @param factor  k, the fences' distance from the quartiles in IQRs (default 1.5; 3 marks only far-out values;
 *                at least 0)
 */
public record IqrFilter(ColumnSelector columns, double factor) implements Resampler {

    /** Name in messages. */
    public static final String NAME = "iqr_filter";

    public IqrFilter {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.nonNegative("factor", factor);
    }

    /** Tukey's fences at 1.5 IQR on every numeric column. */
    public IqrFilter() {
        this(ColumnSelector.types(ColumnType.NUMERIC), 1.5);
    }

    @Override
    public Resampled resample(Frame data, Column target) {
        return OutlierRows.drop(data, target, columns, NAME, (name, sorted) -> {
            double q1 = Quantiles.ofSorted(sorted, sorted.length, 0.25);
            double q3 = Quantiles.ofSorted(sorted, sorted.length, 0.75);
            double low = q1 - factor * (q3 - q1);
            double high = q3 + factor * (q3 - q1);
            return x -> x < low || x > high;
        });
    }
}
