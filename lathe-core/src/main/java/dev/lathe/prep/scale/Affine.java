package dev.lathe.prep.scale;

import dev.lathe.frame.Frame;
import dev.lathe.prep.NumericColumns;
import java.util.List;

/** The map that standard, robust and max-abs scaling share: x to (x - center) / scale per column, and back. */
final class Affine {

    private Affine() {
    }

    /** Each listed column mapped to (x - centers[j]) / scales[j]; missing values stay missing. */
    static Frame forward(Frame data, List<String> columns, String step, double[] centers, double[] scales) {
        return NumericColumns.replace(data, columns, step, (j, v) -> {
            double c = centers[j];
            double s = scales[j];
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = (v[i] - c) / s;
            }
            return out;
        });
    }

    /** The inverse of {@link #forward}: x * scales[j] + centers[j]. */
    static Frame backward(Frame data, List<String> columns, String step, double[] centers, double[] scales) {
        return NumericColumns.replace(data, columns, step, (j, v) -> {
            double c = centers[j];
            double s = scales[j];
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i] * s + c;
            }
            return out;
        });
    }

    /** {@code scale}, or 1 when it is 0 (a constant column is shifted, not blown up). */
    static double nonZero(double scale) {
        return scale == 0 ? 1 : scale;
    }
}
