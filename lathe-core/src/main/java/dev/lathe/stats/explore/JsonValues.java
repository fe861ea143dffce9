package dev.lathe.stats.explore;

import java.util.ArrayList;
import java.util.List;

/** The conversions every {@code toMap} of this package shares: JSON has no NaN or infinity. */
final class JsonValues {

    private JsonValues() {
    }

    /** {@code v} when finite, else null. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Each value when finite, else null. */
    static List<Double> finite(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(finite(v));
        }
        return out;
    }

    /** Each row as {@link #finite(double[])}. */
    static List<List<Double>> finite(double[][] matrix) {
        List<List<Double>> out = new ArrayList<>(matrix.length);
        for (double[] row : matrix) {
            out.add(finite(row));
        }
        return out;
    }
}
