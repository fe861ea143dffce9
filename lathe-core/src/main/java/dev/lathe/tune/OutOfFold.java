package dev.lathe.tune;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.split.Fold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts the predictions of every fold's test rows back in the rows' original order. */
final class OutOfFold {

    private OutOfFold() {
    }

    /**
     * One row per data row: column {@code fold} (number from 1, missing for rows no fold tested), then the
     * prediction columns of {@link dev.lathe.pipeline.FittedPipeline#predict}; a column a fold's model did not
     * give (a class its training rows lacked) is missing in that fold's rows.
     *
     * @param rows    the data's row count
     * @param folds   the folds
     * @param perFold each fold's predictions of its test rows, in the fold's test-row order
     */
    static Frame assemble(int rows, List<Fold> folds, Frame[] perFold) {
        double[] foldOf = new double[rows];
        java.util.Arrays.fill(foldOf, Double.NaN);
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int f = 0; f < folds.size(); f++) {
            int[] test = folds.get(f).test();
            for (int i : test) {
                if (!Double.isNaN(foldOf[i])) {
                    throw new IllegalArgumentException("out-of-fold predictions need each row in at most one test "
                            + "set, but row " + (i + 1) + " is tested in folds " + (int) foldOf[i] + " and " + (f + 1)
                            + "; use a splitter that partitions the rows (k-fold, not repeated k-fold)");
                }
                foldOf[i] = f + 1;
            }
            for (Column c : perFold[f].columns()) {
                Object values = columns.computeIfAbsent(c.name(), k -> c instanceof NumericColumn
                        ? filled(rows) : new String[rows]);
                for (int r = 0; r < test.length; r++) {
                    if (values instanceof double[] d) {
                        d[test[r]] = ((NumericColumn) c).get(r);
                    } else {
                        ((String[]) values)[test[r]] = c.isMissing(r) ? null : c.format(r);
                    }
                }
            }
        }
        List<Column> out = new ArrayList<>();
        out.add(NumericColumn.wrap("fold", foldOf));
        columns.forEach((name, values) -> out.add(values instanceof double[] d ? NumericColumn.wrap(name, d)
                : CategoricalColumn.of(name, (String[]) values)));
        return Frame.of(out);
    }

    private static double[] filled(int rows) {
        double[] d = new double[rows];
        java.util.Arrays.fill(d, Double.NaN);
        return d;
    }
}
