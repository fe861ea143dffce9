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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binning, as scikit-learn's KBinsDiscretizer: each selected column's range is cut into bins whose edges
 * are learned on the training rows (missing values ignored), and a value is replaced by the index of its
 * bin, 0 to {@code n_bins - 1}. Bin b holds edge[b] &lt;= x &lt; edge[b + 1]; the maximum goes to the last bin,
 * and values outside the training range go to the first or last bin. A constant column gets a single bin;
 * quantile or k-means bins narrower than 1e-8 are merged, so a column may get fewer bins than asked.
 * Missing values stay missing (every one-hot column is missing too).
 *
 * @param columns  columns to bin (default: every numeric column)
 * @param nBins    bins per column, at least 2 (default 5)
 * @param strategy where the edges go (default {@link Strategy#QUANTILE}, as scikit-learn)
 * @param encode   how the bin is written (default {@link Encode#ORDINAL}, where scikit-learn's is one-hot)
 */
public record KBinsDiscretizer(ColumnSelector columns, int nBins, Strategy strategy, Encode encode)
        implements Transformer {

    /** Where the bin edges go. */
    public enum Strategy {
        /** Equal widths between the training minimum and maximum. */
        UNIFORM,
        /** Equal counts: the edges are the training quantiles 0, 1/n_bins, ..., 1 (linear interpolation). */
        QUANTILE,
        /**
         * Edges halfway between the centres of a 1-D k-means (Lloyd) started at the centres of the uniform
         * bins, as scikit-learn does. A column with fewer distinct values than bins gets one bin per
         * distinct value (scikit-learn's k-means does not settle there: its duplicate centres swap on
         * rounding ties, and its edges depend on them).
         */
        KMEANS
    }

    /** How a bin is written. */
    public enum Encode {
        /** The column is replaced, in place, by its bin index (a number). */
        ORDINAL,
        /** The column is replaced, in place, by one 0/1 column per bin, named {@code <column>_<bin>}. */
        ONEHOT
    }

    public KBinsDiscretizer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.atLeast("n_bins", nBins, 2);
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must be one of uniform, quantile, kmeans");
        }
        if (encode == null) {
            throw new IllegalArgumentException("encode must be one of ordinal, onehot");
        }
    }

    /** Five quantile bins of every numeric column, written as bin indices. */
    public KBinsDiscretizer() {
        this(ColumnSelector.types(ColumnType.NUMERIC), 5, Strategy.QUANTILE, Encode.ORDINAL);
    }

    /** {@code nBins} bins of {@code strategy} for every numeric column, written as bin indices. */
    public KBinsDiscretizer(int nBins, Strategy strategy) {
        this(ColumnSelector.types(ColumnType.NUMERIC), nBins, strategy, Encode.ORDINAL);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = FeatureColumns.select(columns, data, Fitted.TYPE);
        double[][] edges = new double[names.size()][];
        for (int j = 0; j < edges.length; j++) {
            edges[j] = BinEdges.learn(FeatureColumns.sortedValues(data, names.get(j), Fitted.TYPE), nBins, strategy);
        }
        return new Fitted(names, edges, encode);
    }

    /**
     * Learned bin edges, one ascending array per column (first and last: the training minimum and maximum,
     * or -inf and inf for a constant column).
     */
    public record Fitted(List<String> columns, double[][] edges, Encode encode) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "kbins_discretizer";

        public Fitted {
            columns = List.copyOf(columns);
            if (edges.length != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + edges.length + " edge arrays");
            }
            for (int j = 0; j < edges.length; j++) {
                double[] e = edges[j];
                for (int b = 1; b < e.length; b++) {
                    if (!(e[b] > e[b - 1])) {
                        throw new IllegalArgumentException("edges of column '" + columns.get(j)
                                + "' do not ascend at position " + b);
                    }
                }
                if (e.length < 2) {
                    throw new IllegalArgumentException("column '" + columns.get(j) + "' has fewer than 2 edges");
                }
            }
        }

        /** Number of bins of the j-th column. */
        public int binCount(int j) {
            return edges[j].length - 1;
        }

        @Override
        public Frame transform(Frame data) {
            if (encode == Encode.ORDINAL) {
                return NumericColumns.replace(data, columns, TYPE, (j, v) -> bins(edges[j], v));
            }
            Map<String, List<Column>> replacements = new HashMap<>();
            for (int j = 0; j < columns.size(); j++) {
                double[] bins = bins(edges[j], NumericColumns.values(data, columns.get(j), TYPE));
                List<Column> indicators = new ArrayList<>();
                for (int b = 0; b < binCount(j); b++) {
                    double[] is = new double[bins.length];
                    for (int i = 0; i < is.length; i++) {
                        is[i] = Double.isNaN(bins[i]) ? Double.NaN : bins[i] == b ? 1 : 0;
                    }
                    indicators.add(NumericColumn.wrap(columns.get(j) + "_" + b, is));
                }
                replacements.put(columns.get(j), indicators);
            }
            return FeatureColumns.replace(data, replacements, TYPE);
        }

        /** Bin indices: the number of inner edges at or below each value (NaN stays NaN). */
        private static double[] bins(double[] edges, double[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                double x = values[i];
                if (Double.isNaN(x)) {
                    out[i] = Double.NaN;
                    continue;
                }
                int lo = 1;
                int hi = edges.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (edges[mid] <= x) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                out[i] = lo - 1;
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("encode", Saved.name(encode));
            Saved.ragged(out, "edges", edges);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            return new Fitted(columns, Saved.ragged(in, "edges", columns.size()), Saved.parameter(in, "encode", Encode.class));
        }
    }
}
