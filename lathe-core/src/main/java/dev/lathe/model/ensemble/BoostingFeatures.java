package dev.lathe.model.ensemble;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Parallelism;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The feature columns of a booster as it reads them. Numeric and boolean columns give their values (NaN =
 * missing); categorical columns ({@link CategoricalColumn}s, and any column named in
 * {@code categorical_features}) give codes into the level labels seen in training. Labels are matched by
 * their text, never by the column's codes, so new data may order or extend its levels differently; a label
 * not seen in training reads as missing.
 */
final class BoostingFeatures {

    private final List<String> names;
    private final List<List<String>> levels;
    private final List<Map<String, Integer>> codes;

    private BoostingFeatures(List<String> names, List<List<String>> levels) {
        this.names = List.copyOf(names);
        this.levels = levels;
        this.codes = new ArrayList<>();
        for (List<String> l : levels) {
            Map<String, Integer> index = new HashMap<>();
            for (int k = 0; l != null && k < l.size(); k++) {
                index.put(l.get(k), k);
            }
            codes.add(l == null ? null : index);
        }
    }

    /** The columns of {@code x}, those named in {@code categorical} (and categorical columns) as categories. */
    static BoostingFeatures learn(Frame x, List<String> categorical) {
        if (x.columnCount() == 0) {
            throw new IllegalArgumentException("no feature columns");
        }
        for (String name : categorical) {
            if (!x.names().contains(name)) {
                throw new IllegalArgumentException("categorical_features names '" + name
                        + "', which is not a feature column; columns: " + x.names());
            }
        }
        List<List<String>> levels = new ArrayList<>();
        for (int j = 0; j < x.columnCount(); j++) {
            Column c = x.column(j);
            levels.add(c instanceof CategoricalColumn || categorical.contains(c.name()) ? labels(c) : null);
        }
        return new BoostingFeatures(x.names(), levels);
    }

    private static List<String> labels(Column c) {
        if (c instanceof CategoricalColumn cc) {
            return List.copyOf(cc.levels());
        }
        TreeSet<String> seen = new TreeSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                seen.add(c.format(i));
            }
        }
        return List.copyOf(seen);
    }

    List<String> names() {
        return names;
    }

    /** Whether each feature is categorical. */
    boolean[] categorical() {
        boolean[] out = new boolean[names.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = levels.get(j) != null;
        }
        return out;
    }

    /** The training levels of feature {@code j}, or null for a numeric feature. */
    List<String> levels(int j) {
        return levels.get(j);
    }

    /**
     * {@code result[j][i]}: row i of feature j of {@code x} (looked up by name), NaN when missing or an unseen
     * category.
     */
    double[][] matrix(Frame x) {
        if (x.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to learn from or predict");
        }
        Frame s = x.select(names);
        double[][] out = new double[names.size()][];
        Parallelism.forEachIndex(out.length, j -> out[j] = levels.get(j) == null ? MissingFeatures.column(s.column(j))
                : codes(s.column(j), codes.get(j)));
        return out;
    }

    private static double[] codes(Column c, Map<String, Integer> index) {
        double[] v = new double[c.size()];
        if (c instanceof CategoricalColumn cc) {
            double[] byCode = new double[cc.levels().size()];
            for (int k = 0; k < byCode.length; k++) {
                Integer code = index.get(cc.levels().get(k));
                byCode[k] = code == null ? Double.NaN : code;
            }
            for (int i = 0; i < v.length; i++) {
                int k = cc.code(i);
                v[i] = k < 0 ? Double.NaN : byCode[k];
            }
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            Integer code = c.isMissing(i) ? null : index.get(c.format(i));
            v[i] = code == null ? Double.NaN : code;
        }
        return v;
    }

    /** Writes the names and, per categorical feature, its levels. */
    void save(StepWriter out) {
        out.put("features", names);
        List<String> categorical = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (levels.get(j) != null) {
                categorical.add(names.get(j));
                out.put("levels:" + names.get(j), levels.get(j));
            }
        }
        out.put("categorical_features", categorical);
    }

    /** Reads what {@link #save} wrote; files from before categorical features have none. */
    static BoostingFeatures load(StepReader in) {
        List<String> names = in.getStrings("features");
        List<String> categorical = in.has("categorical_features") ? in.getStrings("categorical_features") : List.of();
        List<List<String>> levels = new ArrayList<>();
        for (String name : names) {
            levels.add(categorical.contains(name) ? in.getStrings("levels:" + name) : null);
        }
        for (String name : categorical) {
            if (!names.contains(name)) {
                throw in.fail("has categorical feature '" + name + "' that is not among its features");
            }
        }
        return new BoostingFeatures(names, levels);
    }
}
