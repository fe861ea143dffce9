package dev.lathe.prep.feature;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
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
 * Polynomial and interaction features, as scikit-learn's PolynomialFeatures: every product of the
 * selected columns of total degree 1 to {@code degree}.
 *
 * <p>Output: the selected columns are replaced, at the position of the first of them, by the terms in
 * scikit-learn's order: the bias, then degree 1 (the columns themselves), degree 2, ..., each degree in
 * lexicographic order of the column positions ({@code a, b, a^2, a b, b^2}). Naming, as scikit-learn's
 * {@code get_feature_names_out}: the bias is {@code 1}, factors are separated by a space, a repeated
 * factor is written once with its power: {@code a^2}, {@code a b}, {@code a^2 b}. A new name that the
 * data already holds is an error. A product with a missing factor is missing.
 *
 * @param columns         columns to expand (default: every numeric column)
 * @param degree          highest total degree, at least 1 (default 2)
 * @param interactionOnly only products of distinct columns, no powers such as {@code a^2} (default false)
 * @param includeBias     add a constant column {@code 1} (default false, where scikit-learn's is true)
 */
public record PolynomialFeatures(ColumnSelector columns, int degree, boolean interactionOnly, boolean includeBias)
        implements Transformer {

    public PolynomialFeatures {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.atLeast("degree", degree, 1);
    }

    /** Degree-2 terms of every numeric column, without bias. */
    public PolynomialFeatures() {
        this(ColumnSelector.types(ColumnType.NUMERIC), 2, false, false);
    }

    /** Terms up to {@code degree} of every numeric column, without bias. */
    public PolynomialFeatures(int degree) {
        this(ColumnSelector.types(ColumnType.NUMERIC), degree, false, false);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = FeatureColumns.select(columns, data, Fitted.TYPE);
        // fails now, naming the column, rather than at the first transform
        names.forEach(n -> NumericColumns.values(data, n, Fitted.TYPE));
        return new Fitted(names, degree, interactionOnly, includeBias);
    }

    /** The input columns and the shape of the polynomial; the terms follow from them. */
    public record Fitted(List<String> columns, int degree, boolean interactionOnly, boolean includeBias)
            implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "polynomial_features";
        /** The most output columns allowed, so that a degree or column count slip cannot exhaust memory. */
        public static final int MAX_OUTPUT_COLUMNS = 100_000;

        public Fitted {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("no input columns");
            }
            Check.atLeast("degree", degree, 1);
            if (Monomials.count(columns.size(), degree, interactionOnly, includeBias, MAX_OUTPUT_COLUMNS)
                    > MAX_OUTPUT_COLUMNS) {
                throw new IllegalArgumentException(TYPE + " would make more than " + MAX_OUTPUT_COLUMNS
                        + " columns from " + columns.size() + " columns at degree " + degree);
            }
        }

        /** The output column names, in output order. */
        public List<String> outputNames() {
            return terms().stream().map(t -> Monomials.name(t, columns)).toList();
        }

        @Override
        public Frame transform(Frame data) {
            double[][] x = new double[columns.size()][];
            for (int j = 0; j < x.length; j++) {
                x[j] = NumericColumns.values(data, columns.get(j), TYPE);
            }
            Map<List<Integer>, double[]> products = new HashMap<>();
            List<Column> out = new ArrayList<>();
            for (int[] term : terms()) {
                double[] values = product(term, x, data.rowCount(), products);
                products.put(key(term), values);
                out.add(NumericColumn.wrap(Monomials.name(term, columns), values));
            }
            Map<String, List<Column>> replacements = new HashMap<>();
            columns.forEach(c -> replacements.put(c, List.of()));
            replacements.put(columns.get(0), out);
            return FeatureColumns.replace(data, replacements, TYPE);
        }

        private List<int[]> terms() {
            return Monomials.terms(columns.size(), degree, interactionOnly, includeBias);
        }

        /** A term's values: the values of the term without its last factor (computed before it) times that factor. */
        private static double[] product(int[] term, double[][] x, int rows, Map<List<Integer>, double[]> products) {
            double[] out = new double[rows];
            if (term.length == 0) {
                Arrays.fill(out, 1.0);
            } else if (term.length == 1) {
                System.arraycopy(x[term[0]], 0, out, 0, rows);
            } else {
                double[] prefix = products.get(key(Arrays.copyOf(term, term.length - 1)));
                double[] last = x[term[term.length - 1]];
                for (int i = 0; i < rows; i++) {
                    out[i] = prefix[i] * last[i];
                }
            }
            return out;
        }

        private static List<Integer> key(int[] term) {
            return Arrays.stream(term).boxed().toList();
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("degree", degree);
            out.put("interaction_only", interactionOnly);
            out.put("include_bias", includeBias);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("columns"), in.getInt("degree"), in.getBoolean("interaction_only"),
                    in.getBoolean("include_bias"));
        }
    }
}
