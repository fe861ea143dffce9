package dev.lathe.prep.scale;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.ObservedValues;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * Max-abs scaling, as scikit-learn's MaxAbsScaler: x / max|x| per column, so training values land in
 * [-1, 1] without shifting (zeros stay zeros). Missing values are ignored when fitting and stay missing;
 * an all-zero column gets scale 1.
 *
 * @param columns columns to scale (default: every numeric column)
 */
public record MaxAbsScaler(ColumnSelector columns) implements Transformer {

    public MaxAbsScaler {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
    }

    /** Scales every numeric column by its largest absolute value. */
    public MaxAbsScaler() {
        this(ColumnSelector.types(ColumnType.NUMERIC));
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        double[] scales = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            double max = 0;
            for (double v : ObservedValues.of(data, names.get(j), Fitted.TYPE)) {
                max = Math.max(max, Math.abs(v));
            }
            scales[j] = Affine.nonZero(max);
        }
        return new Fitted(names, scales);
    }

    /** Learned scales (largest absolute values, or 1), one per column. */
    public record Fitted(List<String> columns, double[] scales) implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "max_abs_scaler";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return Affine.forward(data, columns, TYPE, new double[columns.size()], scales);
        }

        @Override
        public Frame inverse(Frame data) {
            return Affine.backward(data, columns, TYPE, new double[columns.size()], scales);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.doubles("scales", scales);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            return new Fitted(columns, in.doubles("scales", columns.size()));
        }
    }
}
