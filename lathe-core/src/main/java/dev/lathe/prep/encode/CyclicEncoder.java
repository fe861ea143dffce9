package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sine/cosine encoding of cyclic numeric features (hour, weekday, month...): a value x of period P gives
 * {@code <column>_sin = sin(2 pi x / P)} and {@code <column>_cos = cos(2 pi x / P)}, so that the end of a
 * cycle lies next to its start (hour 23 next to hour 0). The two columns take the original's place; a
 * missing value gives NaN in both. A column's period is given in {@code periods} or inferred when fitting
 * from its name, confirmed by its values: the lower-cased name must be one of these words or end with
 * {@code _} and one of them, and every present value must lie in the word's range.
 * <table>
 * <caption>Period inference</caption>
 * <tr><th>name word</th><th>values in</th><th>period</th></tr>
 * <tr><td>hour</td><td>[0, 23]</td><td>24</td></tr>
 * <tr><td>weekday, dayofweek, day_of_week</td><td>[0, 6]</td><td>7</td></tr>
 * <tr><td>month</td><td>[0, 12]</td><td>12</td></tr>
 * <tr><td>dayofyear, day_of_year</td><td>[0, 366]</td><td>365.25</td></tr>
 * <tr><td>minute, second</td><td>[0, 59]</td><td>60</td></tr>
 * </table>
 * Values alone never decide (0..6 may count anything); a column the rule does not cover needs its period.
 *
 * @param columns      numeric columns to encode (default: those named like hour, weekday, dayofweek,
 *                     day_of_week, month, dayofyear, day_of_year, minute or second, alone or after {@code _})
 * @param periods      the period of some columns by name, each a finite number greater than 0; the others
 *                     are inferred (default: none given)
 * @param dropOriginal drop the original column (default true) or keep it before its sine and cosine
 */
public record CyclicEncoder(ColumnSelector columns, Map<String, Double> periods, boolean dropOriginal)
        implements Transformer {

    public CyclicEncoder {
        Inputs.given("columns", columns);
        periods = checkPeriods(Inputs.given("periods", periods));
    }

    /** Encodes the columns named like cyclic features, with inferred periods, dropping the originals. */
    public CyclicEncoder() {
        this(ColumnSelector.matching(CyclePeriods.NAME_PATTERN), Map.of(), true);
    }

    private static Map<String, Double> checkPeriods(Map<String, Double> given) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) given).entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof Number n) || !(n.doubleValue() > 0) || Double.isInfinite(n.doubleValue())) {
                throw new IllegalArgumentException("period of column '" + e.getKey()
                        + "' must be a finite number greater than 0, got " + v);
            }
            out.put(e.getKey().toString(), n.doubleValue());
        }
        return Map.copyOf(out);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        Inputs.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        for (String given : periods.keySet()) {
            if (!names.contains(given)) {
                throw new IllegalArgumentException(Fitted.TYPE + " was given the period of column '" + given
                        + "', which is not among the columns it encodes: " + names);
            }
        }
        double[] learned = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            double[] values = NumericColumns.values(data, name, Fitted.TYPE);
            Double given = periods.get(name);
            learned[j] = given != null ? given : CyclePeriods.infer(name, values, Fitted.TYPE);
        }
        return new Fitted(names, learned, dropOriginal);
    }

    /**
     * The period of each encoded column.
     *
     * @param columns      the encoded columns
     * @param periods      their periods, each finite and greater than 0
     * @param dropOriginal whether the original columns are dropped
     */
    public record Fitted(List<String> columns, double[] periods, boolean dropOriginal) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "cyclic_encoder";

        public Fitted {
            columns = List.copyOf(columns);
            if (periods.length != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + periods.length + " periods");
            }
            for (double p : periods) {
                if (!(p > 0) || Double.isInfinite(p)) {
                    throw new IllegalArgumentException("period " + p + " is not a finite number greater than 0");
                }
            }
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (int j = 0; j < columns.size(); j++) {
                String name = columns.get(j);
                double[] v = NumericColumns.values(data, name, TYPE);
                double[] sin = new double[v.length];
                double[] cos = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    double angle = v[i] / periods[j] * 2 * Math.PI;
                    sin[i] = Math.sin(angle);
                    cos[i] = Math.cos(angle);
                }
                List<Column> replacement = new ArrayList<>(3);
                if (!dropOriginal) {
                    replacement.add(data.column(name));
                }
                replacement.add(NumericColumn.wrap(name + "_sin", sin));
                replacement.add(NumericColumn.wrap(name + "_cos", cos));
                out = ColumnSplice.replace(out, name, replacement, TYPE);
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
            out.doubles("periods", periods);
            out.put("drop_original", dropOriginal);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("columns"), in.doubles("periods"), in.getBoolean("drop_original"));
        }
    }
}
