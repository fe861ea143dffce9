package dev.lathe.prep.outlier;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Resampler;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.stream.IntStream;

/**
 * What the outlier filters share: a row goes when any chosen column holds an outlier by that column's rule,
 * learned from the rows given; missing values are never outliers; the target loses the same rows.
 */
final class OutlierRows {

    /** Learns, from one column's values, which values are outliers. */
    @FunctionalInterface
    interface Rule {
        /**
         * @param column the column's name, for messages
         * @param sorted the column's non-missing values, ascending, never empty
         */
        DoublePredicate learn(String column, double[] sorted);
    }

    private OutlierRows() {
    }

    /** The rows of {@code data} (and of {@code target}, if given) in which no selected column is an outlier. */
    static Resampler.Resampled drop(Frame data, Column target, ColumnSelector columns, String step, Rule rule) {
        ColumnChecks.requireRows(data, step);
        if (target != null && target.size() != data.rowCount()) {
            throw new IllegalArgumentException(step + " got " + data.rowCount() + " rows but a target of "
                    + target.size());
        }
        boolean[] keep = new boolean[data.rowCount()];
        Arrays.fill(keep, true);
        List<String> names = columns.select(data);
        for (String name : names) {
            double[] v = NumericColumns.values(data, name, step);
            ColumnChecks.requireValues(data.column(name), step);
            DoublePredicate outlier = rule.learn(name, Quantiles.sortedWithoutNaN(v));
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i]) && outlier.test(v[i])) {
                    keep[i] = false;
                }
            }
        }
        int[] rows = IntStream.range(0, keep.length).filter(i -> keep[i]).toArray();
        return new Resampler.Resampled(data.take(rows), target == null ? null : target.take(rows));
    }
}
