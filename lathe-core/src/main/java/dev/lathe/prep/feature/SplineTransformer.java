package dev.lathe.prep.feature;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Quantiles;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spline features, as scikit-learn's SplineTransformer: each selected column is replaced, in place, by
 * the values of {@code n_knots + degree - 1} B-spline basis functions at it, named
 * {@code <column>_sp_0, <column>_sp_1, ...}. The {@code n_knots} base knots span the training range;
 * {@code degree} more knots continue their first and last spacing on each side. Missing values stay missing
 * in every output column.
 *
 * @param columns       columns to expand (default: every numeric column)
 * @param nKnots        base knots per column, at least 2 (default 5)
 * @param degree        polynomial degree of the pieces, at least 1 (default 3, cubic)
 * @param knots         where the base knots go (default {@link Knots#UNIFORM})
 * @param extrapolation what happens beyond the training range (default {@link Extrapolation#CONSTANT})
 * @param includeBias   keep all functions (they sum to 1 inside the range); false drops each column's
 *                      last one (default true)
 */
public record SplineTransformer(ColumnSelector columns, int nKnots, int degree, Knots knots,
                                Extrapolation extrapolation, boolean includeBias) implements Transformer {

    /** Where the base knots go. */
    public enum Knots {
        /** Evenly spaced from the training minimum to the maximum. */
        UNIFORM,
        /** At the training quantiles 0, 1/(n_knots - 1), ..., 1; they must not repeat. */
        QUANTILE
    }

    /** The values beyond the base interval [first base knot, last base knot]. */
    public enum Extrapolation {
        /** Each function keeps its value at the nearer end of the interval. */
        CONSTANT,
        /** The functions non-zero at the nearer end continue along their tangent there; the others are 0. */
        LINEAR,
        /** The polynomial pieces at the ends continue. */
        CONTINUE,
        /** A value beyond the interval is an error. */
        ERROR
    }

    public SplineTransformer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.atLeast("n_knots", nKnots, 2);
        Check.atLeast("degree", degree, 1);
        if (knots == null) {
            throw new IllegalArgumentException("knots must be one of uniform, quantile");
        }
        if (extrapolation == null) {
            throw new IllegalArgumentException("extrapolation must be one of constant, linear, continue, error");
        }
    }

    /** Cubic splines on 5 uniform knots for every numeric column, constant beyond the training range. */
    public SplineTransformer() {
        this(ColumnSelector.types(ColumnType.NUMERIC), 5, 3, Knots.UNIFORM, Extrapolation.CONSTANT, true);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = FeatureColumns.select(columns, data, Fitted.TYPE);
        double[][] vectors = new double[names.size()][];
        for (int j = 0; j < vectors.length; j++) {
            vectors[j] = knotVector(names.get(j), FeatureColumns.sortedValues(data, names.get(j), Fitted.TYPE));
        }
        return new Fitted(names, vectors, degree, extrapolation, includeBias);
    }

    /** The base knots with {@code degree} knots added on each side at the spacing of the outer base knots. */
    private double[] knotVector(String column, double[] sorted) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            throw new IllegalArgumentException(Fitted.TYPE + " cannot place knots on column '" + column
                    + "': every value is " + min);
        }
        double[] base = knots == Knots.UNIFORM ? Linspace.of(min, max, nKnots) : quantiles(sorted);
        for (int i = 1; i < base.length; i++) {
            if (base[i] <= base[i - 1]) {
                throw new IllegalArgumentException(Fitted.TYPE + ": the quantile knots of column '" + column
                        + "' repeat " + Arrays.toString(base) + "; the column has too few distinct values for n_knots="
                        + nKnots + " (use fewer knots or knots=uniform)");
            }
        }
        double first = base[1] - base[0];
        double last = base[nKnots - 1] - base[nKnots - 2];
        double[] out = new double[nKnots + 2 * degree];
        System.arraycopy(Linspace.of(base[0] - degree * first, base[0] - first, degree), 0, out, 0, degree);
        System.arraycopy(base, 0, out, degree, nKnots);
        System.arraycopy(Linspace.of(max + last, max + degree * last, degree), 0, out, degree + nKnots, degree);
        return out;
    }

    private double[] quantiles(double[] sorted) {
        double[] unit = Linspace.of(0, 1, nKnots);
        double[] out = new double[nKnots];
        for (int i = 0; i < nKnots; i++) {
            // percent and back, as scikit-learn hands percentiles to NumPy
            out[i] = Quantiles.ofSorted(sorted, sorted.length, 100 * unit[i] / 100);
        }
        return out;
    }

    /** The full knot vector of each column and how the functions are evaluated. */
    public record Fitted(List<String> columns, double[][] knots, int degree, Extrapolation extrapolation,
                         boolean includeBias) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "spline_transformer";

        public Fitted {
            columns = List.copyOf(columns);
            Check.atLeast("degree", degree, 1);
            if (knots.length != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + knots.length + " knot vectors");
            }
            for (int j = 0; j < knots.length; j++) {
                if (knots[j].length < 2 * degree + 2) {
                    throw new IllegalArgumentException("column '" + columns.get(j) + "' has " + knots[j].length
                            + " knots, fewer than 2 * degree + 2");
                }
                for (int i = 1; i < knots[j].length; i++) {
                    if (!(knots[j][i] > knots[j][i - 1])) {
                        throw new IllegalArgumentException("knots of column '" + columns.get(j)
                                + "' do not ascend at position " + i);
                    }
                }
            }
        }

        /** The output names of the j-th column, in order. */
        public List<String> outputNames(int j) {
            int count = knots[j].length - degree - 1 - (includeBias ? 0 : 1);
            List<String> out = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                out.add(columns.get(j) + "_sp_" + b);
            }
            return out;
        }

        @Override
        public Frame transform(Frame data) {
            Map<String, List<Column>> replacements = new HashMap<>();
            for (int j = 0; j < columns.size(); j++) {
                double[][] values = expand(j, NumericColumns.values(data, columns.get(j), TYPE));
                List<String> names = outputNames(j);
                List<Column> out = new ArrayList<>();
                for (int b = 0; b < names.size(); b++) {
                    out.add(NumericColumn.wrap(names.get(b), values[b]));
                }
                replacements.put(columns.get(j), out);
            }
            return FeatureColumns.replace(data, replacements, TYPE);
        }

        /** All basis functions of column j at {@code x}: one array per function. */
        private double[][] expand(int j, double[] x) {
            BSplineBasis basis = new BSplineBasis(knots[j], degree);
            int size = basis.size();
            double lo = basis.lower();
            double hi = basis.upper();
            double[][] out = new double[size][x.length];
            double[] nonZero = new double[degree + 1];
            double[] scratch = new double[degree];
            boolean linear = extrapolation == Extrapolation.LINEAR;
            double[][] value = {basis.all(lo, 0), basis.all(hi, 0)};
            double[][] slope = linear ? new double[][] {basis.all(lo, 1), basis.all(hi, 1)} : new double[2][];
            for (int i = 0; i < x.length; i++) {
                double v = x[i];
                if (Double.isNaN(v)) {
                    for (double[] column : out) {
                        column[i] = Double.NaN;
                    }
                } else if (extrapolation == Extrapolation.CONTINUE || (v >= lo && v <= hi)) {
                    int l = basis.interval(v);
                    basis.nonZero(v, l, 0, nonZero, scratch);
                    for (int a = 0; a <= degree; a++) {
                        out[l - degree + a][i] = nonZero[a];
                    }
                } else if (extrapolation == Extrapolation.ERROR) {
                    throw new IllegalArgumentException(TYPE + ": column '" + columns.get(j) + "' has " + v
                            + " in row " + i + " (counting from 0), beyond the training range [" + lo + ", " + hi
                            + "] of its knots; extrapolation=error refuses it");
                } else {
                    int side = v < lo ? 0 : 1;
                    extrapolate(v - (side == 0 ? lo : hi), side == 0, value[side], slope[side], out, i);
                }
            }
            return includeBias ? out : Arrays.copyOf(out, size - 1);
        }

        /**
         * Row i at {@code distance} beyond the base interval, for constant and linear extrapolation: the
         * functions non-zero at the end continue from their {@code value} there, along their {@code slope}
         * (null for constant); the others stay 0.
         */
        private void extrapolate(double distance, boolean below, double[] value, double[] slope, double[][] out, int i) {
            // scikit-learn continues degree functions at each end, two for degree 1 when linear
            int continued = extrapolation == Extrapolation.LINEAR ? Math.max(degree, 2) : degree;
            for (int c = 0; c < continued; c++) {
                int b = below ? c : value.length - 1 - c;
                out[b][i] = slope == null ? value[b] : value[b] + distance * slope[b];
            }
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("degree", degree);
            out.put("extrapolation", Saved.name(extrapolation));
            out.put("include_bias", includeBias);
            Saved.ragged(out, "knots", knots);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            return new Fitted(columns, Saved.ragged(in, "knots", columns.size()), in.getInt("degree"),
                    Saved.parameter(in, "extrapolation", Extrapolation.class), in.getBoolean("include_bias"));
        }
    }
}
