package dev.lathe.model.kernel;

import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.model.QueryFeatures;
import dev.lathe.model.Regressor;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** A fitted {@link Loess}: the training points sorted by x, their final robustness weights and k. */
public final class LoessModel implements Regressor {

    /** Type name in model files. */
    public static final String TYPE = "loess";

    private final String feature;
    private final double[] x;
    private final double[] y;
    private final double[] robustness;
    private final int k;

    private LoessModel(String feature, double[] x, double[] y, double[] robustness, int k) {
        this.feature = feature;
        this.x = x;
        this.y = y;
        this.robustness = robustness;
        this.k = k;
        if (y.length != x.length || robustness.length != x.length || k < 1 || k > x.length) {
            throw new IllegalArgumentException("inconsistent loess: " + x.length + " points, " + y.length
                    + " targets, " + robustness.length + " weights, k " + k);
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                throw new IllegalArgumentException("loess points must be sorted by x");
            }
        }
    }

    /** The smoother of {@code (x, y)} with the given settings (see {@link Loess}). */
    static LoessModel fit(String feature, double[] x, double[] y, double frac, int it) {
        int n = x.length;
        int k = Math.min(n, Math.max(2, (int) (frac * n + 1e-10)));
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> x[i])).toArray(Integer[]::new);
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = x[order[i]];
            sy[i] = y[order[i]];
        }
        double[] robustness = new double[n];
        Arrays.fill(robustness, 1.0);
        for (int iteration = 0; iteration < it; iteration++) {
            double[] residual = new double[n];
            for (int i = 0; i < n; i++) {
                residual[i] = Math.abs(sy[i] - LocalLinear.at(sx[i], sx, sy, robustness, k));
            }
            double[] sorted = residual.clone();
            Arrays.sort(sorted);
            double scale = 6 * Quantiles.ofSorted(sorted, n, 0.5);
            if (scale == 0) {
                break; // the fit is exact: nothing to down-weight
            }
            for (int i = 0; i < n; i++) {
                double u = residual[i] / scale;
                robustness[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0;
            }
        }
        return new LoessModel(feature, sx, sy, robustness, k);
    }

    /** Number of training points in each local fit. */
    public int neighbours() {
        return k;
    }

    @Override
    public double[] predict(Frame data) {
        double[] q = QueryFeatures.matrix(data, List.of(feature))[0];
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = LocalLinear.at(q[i], x, y, robustness, k);
        }
        return out;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("feature", feature);
        out.put("k", k);
        out.doubles("x", x);
        out.doubles("y", y);
        out.doubles("robustness", robustness);
    }

    /** Reads what {@link #save} wrote. */
    public static LoessModel load(StepReader in) {
        double[] x = in.doubles("x");
        return new LoessModel(in.getString("feature"), x, in.doubles("y", x.length), in.doubles("robustness", x.length),
                in.getInt("k"));
    }
}
