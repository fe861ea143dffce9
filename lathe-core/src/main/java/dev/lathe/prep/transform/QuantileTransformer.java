package dev.lathe.prep.transform;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.ObservedValues;
import dev.lathe.prep.Transformer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quantile transform, as scikit-learn's QuantileTransformer (without subsampling): each column's
 * values are mapped through their training distribution, estimated by {@code n_quantiles} evenly spaced
 * quantiles (missing values ignored), to a uniform distribution on [0, 1] or to a standard normal. New
 * values beyond the training range map to the ends; missing values stay missing. It is monotone, so it
 * keeps the order of values, and it spreads out frequent values while taming outliers.
 *
 * @param columns            columns to transform (default: every numeric column)
 * @param nQuantiles         {@code n_quantiles}: how many quantiles estimate each distribution, at least 2
 *                           (default 1000); capped at the number of training rows
 * @param outputDistribution {@code output_distribution}: {@link Distribution#UNIFORM} (default) or
 *                           {@link Distribution#NORMAL}
 */
public record QuantileTransformer(ColumnSelector columns, int nQuantiles, Distribution outputDistribution)
        implements Transformer {

    /** The distribution the transformed values follow. */
    public enum Distribution {
        /** Uniform on [0, 1]. */
        UNIFORM,
        /** Standard normal, clipped to about +-5.2 (the quantiles of 1e-7 and 1 - 1e-7). */
        NORMAL
    }

    public QuantileTransformer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.atLeast("n_quantiles", nQuantiles, 2);
        if (outputDistribution == null) {
            throw new IllegalArgumentException("output_distribution must be given: uniform or normal");
        }
    }

    /** Every numeric column to a uniform distribution, from 1000 quantiles (scikit-learn's defaults). */
    public QuantileTransformer() {
        this(Distribution.UNIFORM);
    }

    /** Every numeric column to {@code outputDistribution}, from 1000 quantiles. */
    public QuantileTransformer(Distribution outputDistribution) {
        this(ColumnSelector.types(ColumnType.NUMERIC), 1000, outputDistribution);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        int n = Math.min(nQuantiles, data.rowCount());
        if (n < 2) {
            throw new IllegalArgumentException(Fitted.TYPE + " needs at least 2 rows to learn quantiles from, got "
                    + data.rowCount());
        }
        double[] references = QuantileMap.references(n);
        double[][] quantiles = new double[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            double[] sorted = ObservedValues.of(data, names.get(j), Fitted.TYPE);
            Arrays.sort(sorted);
            double[] q = new double[n];
            for (int k = 0; k < n; k++) {
                q[k] = Quantiles.ofSorted(sorted, sorted.length, references[k]);
                // interpolation rounding must not make the quantiles decrease
                q[k] = k > 0 ? Math.max(q[k], q[k - 1]) : q[k];
            }
            quantiles[j] = q;
        }
        return new Fitted(names, outputDistribution, quantiles);
    }

    /** Learned quantiles: one array per column, at probabilities evenly spaced from 0 to 1. */
    public record Fitted(List<String> columns, Distribution outputDistribution, double[][] quantiles)
            implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "quantile_transformer";

        public Fitted {
            columns = List.copyOf(columns);
            if (quantiles.length != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + quantiles.length
                        + " quantile arrays");
            }
            for (double[] q : quantiles) {
                if (q.length < 2 || q.length != quantiles[0].length) {
                    throw new IllegalArgumentException("every column needs the same number (at least 2) of quantiles");
                }
                for (int k = 0; k < q.length; k++) {
                    if (!Double.isFinite(q[k]) || (k > 0 && q[k] < q[k - 1])) {
                        throw new IllegalArgumentException("quantiles must be finite and non-decreasing");
                    }
                }
            }
        }

        @Override
        public Frame transform(Frame data) {
            QuantileMap[] maps = maps();
            return NumericColumns.replace(data, columns, TYPE, (j, v) -> {
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = maps[j].forward(v[i]);
                }
                return out;
            });
        }

        /** Maps back to the original units; values at or beyond the output's ends map to the training range's. */
        @Override
        public Frame inverse(Frame data) {
            QuantileMap[] maps = maps();
            return NumericColumns.replace(data, columns, TYPE, (j, v) -> {
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = maps[j].inverse(v[i]);
                }
                return out;
            });
        }

        private QuantileMap[] maps() {
            QuantileMap[] maps = new QuantileMap[quantiles.length];
            for (int j = 0; j < maps.length; j++) {
                maps[j] = new QuantileMap(quantiles[j], outputDistribution == Distribution.NORMAL);
            }
            return maps;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            int n = quantiles.length == 0 ? 0 : quantiles[0].length;
            double[] flat = new double[quantiles.length * n];
            for (int j = 0; j < quantiles.length; j++) {
                System.arraycopy(quantiles[j], 0, flat, j * n, n);
            }
            out.put("columns", columns);
            out.put("output_distribution", outputDistribution.name().toLowerCase(Locale.ROOT));
            out.put("n_quantiles", n);
            out.doubles("quantiles", flat);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            String distribution = in.getString("output_distribution");
            Distribution output = switch (distribution == null ? "" : distribution) {
                case "uniform" -> Distribution.UNIFORM;
                case "normal" -> Distribution.NORMAL;
                default -> throw in.fail("has unknown output_distribution '" + distribution + "'");
            };
            int n = in.getInt("n_quantiles");
            double[] flat = in.doubles("quantiles", Math.multiplyExact(columns.size(), n));
            double[][] quantiles = new double[columns.size()][];
            for (int j = 0; j < quantiles.length; j++) {
                quantiles[j] = Arrays.copyOfRange(flat, j * n, (j + 1) * n);
            }
            return new Fitted(columns, output, quantiles);
        }
    }
}
