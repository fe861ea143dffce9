package dev.lathe.model.neighbors;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feature columns of a Gower search as it reads them: numeric columns give their raw values, categorical
 * and boolean columns give codes into the level labels seen in training (matched by text, so new data may order
 * or extend its levels differently; a label not seen in training gets code -1, unequal to every training row's;
 * a boolean column's labels are {@code false} and {@code true}).
 * Missing values read as NaN. The range (maximum - minimum over the non-missing training values) of each
 * numeric column is learnt here and kept with the model.
 */
final class GowerColumns {

    private final List<String> names;
    /** Per feature: its training levels, or null for a numeric feature. */
    private final List<List<String>> levels;
    private final double[] ranges;
    private final List<Map<String, Integer>> codes = new ArrayList<>();

    private GowerColumns(List<String> names, List<List<String>> levels, double[] ranges) {
        this.names = List.copyOf(names);
        this.levels = levels;
        this.ranges = ranges;
        for (List<String> l : levels) {
            Map<String, Integer> index = null;
            if (l != null) {
                index = new HashMap<>();
                for (int k = 0; k < l.size(); k++) {
                    index.put(l.get(k), k);
                }
            }
            codes.add(index);
        }
    }

    /** Learns the kinds, levels and ranges of the columns of {@code x}. */
    static GowerColumns learn(Frame x) {
        if (x.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to learn from");
        }
        if (x.columnCount() == 0) {
            throw new IllegalArgumentException("no feature columns");
        }
        List<List<String>> levels = new ArrayList<>();
        double[] ranges = new double[x.columnCount()];
        for (int j = 0; j < x.columnCount(); j++) {
            Column c = x.column(j);
            if (c instanceof NumericColumn n) {
                levels.add(null);
                ranges[j] = range(n);
            } else if (c instanceof CategoricalColumn cc) {
                levels.add(List.copyOf(cc.levels()));
            } else if (c instanceof BooleanColumn) {
                levels.add(List.of("false", "true"));
            } else {
                throw new IllegalArgumentException("feature column '" + c.name() + "' is " + c.type().label()
                        + "; the gower metric reads numeric, categorical and boolean columns");
            }
        }
        return new GowerColumns(x.names(), levels, ranges);
    }

    private static double range(NumericColumn c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.size(); i++) {
            double v = c.get(i);
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("feature column '" + c.name() + "' has an infinite value in row "
                        + (i + 1));
            }
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi >= lo ? hi - lo : 0;
    }

    List<String> names() {
        return names;
    }

    /** Per feature, whether it is categorical (compared for equality) rather than numeric. */
    boolean[] categorical() {
        boolean[] out = new boolean[names.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = levels.get(j) != null;
        }
        return out;
    }

    /** Per feature, the training range of a numeric feature (0 for a categorical one or a constant column). */
    double[] ranges() {
        return ranges.clone();
    }

    /**
     * The rows of {@code x} row-major, one value per learnt feature: numbers, level codes, NaN when missing.
     * Fails naming the column when {@code x} lacks a feature or holds it as another kind than in training.
     */
    double[] rows(Frame x) {
        int d = names.size();
        int n = x.rowCount();
        double[] out = new double[n * d];
        for (int j = 0; j < d; j++) {
            String name = names.get(j);
            if (!x.has(name)) {
                throw new IllegalArgumentException("the model was fitted on " + d + " features " + names
                        + "; the query has " + x.columnCount() + " columns and lacks '" + name + "'");
            }
            Column c = x.column(name);
            List<String> l = levels.get(j);
            if (l == null) {
                if (!(c instanceof NumericColumn num)) {
                    throw kindError(c, "numeric");
                }
                for (int i = 0; i < n; i++) {
                    double v = num.get(i);
                    if (Double.isInfinite(v)) {
                        throw new IllegalArgumentException("feature column '" + name + "' has an infinite value in row "
                                + (i + 1));
                    }
                    out[i * d + j] = v;
                }
            } else if (c instanceof CategoricalColumn || c instanceof BooleanColumn) {
                Map<String, Integer> index = codes.get(j);
                for (int i = 0; i < n; i++) {
                    out[i * d + j] = c.isMissing(i) ? Double.NaN : index.getOrDefault(c.format(i), -1);
                }
            } else {
                throw kindError(c, "categorical");
            }
        }
        return out;
    }

    private IllegalArgumentException kindError(Column c, String expected) {
        return new IllegalArgumentException("feature column '" + c.name() + "' was " + expected
                + " when the gower model was fitted; the query holds it as " + c.type().label());
    }

    /** Writes the kinds, levels and ranges into {@code out}. */
    void save(StepWriter out) {
        List<String> flat = new ArrayList<>();
        int[] counts = new int[names.size()];
        for (int j = 0; j < counts.length; j++) {
            List<String> l = levels.get(j);
            counts[j] = l == null ? -1 : l.size();
            if (l != null) {
                flat.addAll(l);
            }
        }
        out.put("gower_levels", flat);
        out.ints("gower_level_counts", counts);
        out.doubles("gower_ranges", ranges);
    }

    /** Reads what {@link #save} wrote, for the features {@code names}. */
    static GowerColumns load(StepReader in, List<String> names) {
        List<String> flat = in.getStrings("gower_levels");
        int[] counts = in.ints("gower_level_counts");
        double[] ranges = in.doubles("gower_ranges");
        if (counts.length != names.size() || ranges.length != names.size()) {
            throw new IllegalArgumentException("gower model file: " + counts.length + " level counts and "
                    + ranges.length + " ranges for " + names.size() + " features");
        }
        List<List<String>> levels = new ArrayList<>();
        int at = 0;
        for (int count : counts) {
            if (count < -1 || at + Math.max(0, count) > flat.size()) {
                throw new IllegalArgumentException("gower model file: level counts do not match the "
                        + flat.size() + " levels");
            }
            levels.add(count < 0 ? null : List.copyOf(flat.subList(at, at + count)));
            at += Math.max(0, count);
        }
        for (double r : ranges) {
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("gower model file: a range must be finite and at least 0, got " + r);
            }
        }
        return new GowerColumns(names, levels, ranges);
    }
}
