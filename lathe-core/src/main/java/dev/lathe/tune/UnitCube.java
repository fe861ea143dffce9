package dev.lathe.tune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An unconditional search space mapped to the unit cube for a Gaussian process: a uniform range linearly,
 * a log-uniform one on the log scale, whole numbers linearly (rounded back), and a list of choices as
 * one column per choice (one-hot, decoded to the largest column).
 */
final class UnitCube {

    private final List<Dimension> dimensions;
    private final int[] offsets;
    private final boolean[] continuous;

    UnitCube(SearchSpace space) {
        dimensions = space.dimensions();
        offsets = new int[dimensions.size() + 1];
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            if (d.parent() != null) {
                throw new IllegalArgumentException("search space parameter '" + d.name() + "' is conditional; the "
                        + "Gaussian-process proposer needs an unconditional space (use the tree-Parzen proposer)");
            }
            offsets[i + 1] = offsets[i] + (d.distribution() instanceof Distribution.Choice c ? c.values().size() : 1);
        }
        continuous = new boolean[offsets[dimensions.size()]];
        for (int i = 0; i < dimensions.size(); i++) {
            continuous[offsets[i]] = !(dimensions.get(i).distribution() instanceof Distribution.Choice);
        }
    }

    /** Columns of the cube. */
    int width() {
        return continuous.length;
    }

    /** Whether column {@code j} is a range (which local refinement may move), not a one-hot choice column. */
    boolean continuous(int j) {
        return continuous[j];
    }

    double[] encode(Map<String, Object> params) {
        double[] x = new double[width()];
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            Object v = params.get(d.name());
            if (d.distribution() instanceof Distribution.Choice c) {
                x[offsets[i] + c.values().indexOf(v)] = 1;
            } else {
                x[offsets[i]] = unit(d.distribution(), ((Number) v).doubleValue());
            }
        }
        return x;
    }

    Map<String, Object> decode(double[] x) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            double u = Math.min(1, Math.max(0, x[offsets[i]]));
            Object v = d.distribution() instanceof Distribution.Choice c
                    ? c.values().get(argmax(x, offsets[i], offsets[i + 1]) - offsets[i])
                    : value(d.distribution(), Math.min(1, Math.max(0, x[offsets[i]])));
            out.put(d.name(), v);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Rows of the cube for the given configurations. */
    List<double[]> encodeAll(List<Map<String, Object>> params) {
        List<double[]> out = new ArrayList<>(params.size());
        for (Map<String, Object> p : params) {
            out.add(encode(p));
        }
        return out;
    }

    /** A range value on [0, 1]: linear, or on the log scale for log-uniform. */
    static double unit(Distribution d, double v) {
        if (d instanceof Distribution.Uniform u) {
            return (v - u.low()) / (u.high() - u.low());
        }
        if (d instanceof Distribution.LogUniform l) {
            return Math.log(v / l.low()) / Math.log(l.high() / l.low());
        }
        Distribution.IntRange r = (Distribution.IntRange) d;
        return r.high() == r.low() ? 0.5 : (v - r.low()) / ((double) r.high() - r.low());
    }

    /** The range value at {@code u} on [0, 1], whole numbers rounded. */
    static Object value(Distribution d, double u) {
        if (d instanceof Distribution.Uniform r) {
            return r.low() + u * (r.high() - r.low());
        }
        if (d instanceof Distribution.LogUniform l) {
            return Math.min(l.high(), Math.max(l.low(), l.low() * Math.pow(l.high() / l.low(), u)));
        }
        Distribution.IntRange r = (Distribution.IntRange) d;
        return (int) Math.round(r.low() + u * ((double) r.high() - r.low()));
    }

    private static int argmax(double[] x, int from, int to) {
        int best = from;
        for (int j = from + 1; j < to; j++) {
            if (x[j] > x[best]) {
                best = j;
            }
        }
        return best;
    }
}
