package dev.lathe.model.kernel;

import dev.lathe.frame.Frame;
import dev.lathe.model.QueryFeatures;
import dev.lathe.model.Regressor;
import dev.lathe.parallel.Chunks;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;
import java.util.Locale;

/** A fitted {@link KernelRegression}: the training rows and targets, the kernel and the bandwidth. */
public final class KernelRegressionModel implements Regressor {

    /** Type name in model files. */
    public static final String TYPE = "kernel_regression";

    private static final int BLOCK = 64;

    private final List<String> features;
    private final Points points;
    private final double[] y;
    private final Kernel kernel;
    private final double bandwidth;

    KernelRegressionModel(List<String> features, Points points, double[] y, Kernel kernel, double bandwidth) {
        this.features = List.copyOf(features);
        this.points = points;
        this.y = y.clone();
        this.kernel = kernel;
        this.bandwidth = bandwidth;
        if (points.d() != features.size() || points.count() != y.length) {
            throw new IllegalArgumentException(points.count() + " rows of " + points.d() + " values for "
                    + y.length + " targets and " + features.size() + " features");
        }
    }

    /** The bandwidth used (given, or chosen by leave-one-out). */
    public double bandwidth() {
        return bandwidth;
    }

    @Override
    public double[] predict(Frame x) {
        Points q = Points.of(QueryFeatures.matrix(x, features));
        int m = q.count();
        double[] out = new double[m];
        Chunks.run((m + BLOCK - 1) / BLOCK, c -> {
            for (int i = c * BLOCK; i < Math.min(m, (c + 1) * BLOCK); i++) {
                out[i] = at(q, i);
            }
        });
        return out;
    }

    private double at(Points q, int i) {
        double weights = 0;
        double weighted = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < y.length; r++) {
            double d = points.distance(r, q.rows(), i);
            nearest = Math.min(nearest, d);
            double w = kernel.weight(d / bandwidth);
            weights += w;
            weighted += w * y[r];
        }
        if (weights > 0) {
            return weighted / weights;
        }
        double sum = 0;
        int count = 0;
        for (int r = 0; r < y.length; r++) {
            if (points.distance(r, q.rows(), i) == nearest) {
                sum += y[r];
                count++;
            }
        }
        return sum / count;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("features", features);
        out.put("kernel", kernel.name().toLowerCase(Locale.ROOT));
        out.put("bandwidth", bandwidth);
        out.doubles("rows", points.rows());
        out.doubles("y", y);
    }

    /** Reads what {@link #save} wrote. */
    public static KernelRegressionModel load(StepReader in) {
        List<String> features = in.getStrings("features");
        double[] y = in.doubles("y");
        return new KernelRegressionModel(features, new Points(in.doubles("rows", y.length * features.size()),
                features.size()), y, Kernel.valueOf(in.getString("kernel").toUpperCase(Locale.ROOT)),
                in.getDouble("bandwidth"));
    }
}
