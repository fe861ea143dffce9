package dev.lathe.model.decomposition;

import dev.lathe.frame.Frame;
import dev.lathe.model.Decomposition;
import dev.lathe.model.RowMatrix;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * A fitted {@link Pca} or {@link IncrementalPca}: the feature means and the principal axes. Coordinates are
 * {@code (x - mean) . component}, divided by the square root of the component's explained variance when whitened.
 */
public final class PcaModel implements Decomposition {

    /** Type name in model files. */
    public static final String TYPE = "pca";

    private final double[] mean;
    private final double[][] components;
    private final double[] explainedVariance;
    private final double[] explainedVarianceRatio;
    private final double[] singularValues;
    private final boolean whiten;

    PcaModel(double[] mean, double[][] components, double[] explainedVariance, double[] explainedVarianceRatio,
             double[] singularValues, boolean whiten) {
        int k = components.length;
        if (k == 0 || explainedVariance.length != k || explainedVarianceRatio.length != k
                || singularValues.length != k) {
            throw new IllegalArgumentException("a PCA needs one variance, ratio and singular value per component");
        }
        for (double[] c : components) {
            if (c.length != mean.length) {
                throw new IllegalArgumentException("a component has " + c.length + " values for " + mean.length
                        + " features");
            }
        }
        this.mean = mean.clone();
        this.components = components;
        this.explainedVariance = explainedVariance.clone();
        this.explainedVarianceRatio = explainedVarianceRatio.clone();
        this.singularValues = singularValues.clone();
        this.whiten = whiten;
    }

    /** The principal axes, {@code result[c][j]}, by decreasing explained variance. */
    public double[][] components() {
        double[][] out = new double[components.length][];
        for (int c = 0; c < out.length; c++) {
            out[c] = components[c].clone();
        }
        return out;
    }

    /** The variance along each axis (sample variance, n - 1 in the denominator). */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** Each axis's share of the total variance of all features. */
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    /** The singular values of the centred training matrix for the kept axes. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** The training feature means. */
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public int nComponents() {
        return components.length;
    }

    @Override
    public double[][] transform(Frame x) {
        RowMatrix m = RowMatrix.of(x, mean.length);
        int d = mean.length;
        double[][] out = new double[m.rows()][components.length];
        for (int i = 0; i < m.rows(); i++) {
            for (int c = 0; c < components.length; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (m.values()[i * d + j] - mean[j]) * components[c][j];
                }
                out[i][c] = whiten ? s / Math.sqrt(explainedVariance[c]) : s;
            }
        }
        return out;
    }

    @Override
    public double[][] inverseTransform(double[][] coordinates) {
        int d = mean.length;
        double[][] out = new double[coordinates.length][d];
        for (int i = 0; i < coordinates.length; i++) {
            if (coordinates[i].length != components.length) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + coordinates[i].length
                        + " coordinates for " + components.length + " components");
            }
            for (int j = 0; j < d; j++) {
                double s = mean[j];
                for (int c = 0; c < components.length; c++) {
                    double z = whiten ? coordinates[i][c] * Math.sqrt(explainedVariance[c]) : coordinates[i][c];
                    s += z * components[c][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        int d = mean.length;
        double[] flat = new double[components.length * d];
        for (int c = 0; c < components.length; c++) {
            System.arraycopy(components[c], 0, flat, c * d, d);
        }
        out.put("n_components", components.length);
        out.put("n_features", d);
        out.put("whiten", whiten);
        out.doubles("mean", mean);
        out.doubles("components", flat);
        out.doubles("explained_variance", explainedVariance);
        out.doubles("explained_variance_ratio", explainedVarianceRatio);
        out.doubles("singular_values", singularValues);
    }

    /** Reads what {@link #save} wrote. */
    public static PcaModel load(StepReader in) {
        int k = in.getInt("n_components");
        int d = in.getInt("n_features");
        if (k < 1 || d < 1) {
            throw in.fail("has " + k + " components of " + d + " features");
        }
        double[] flat = in.doubles("components", k * d);
        double[][] components = new double[k][];
        for (int c = 0; c < k; c++) {
            components[c] = java.util.Arrays.copyOfRange(flat, c * d, (c + 1) * d);
        }
        return new PcaModel(in.doubles("mean", d), components, in.doubles("explained_variance", k),
                in.doubles("explained_variance_ratio", k), in.doubles("singular_values", k), in.getBoolean("whiten"));
    }
}
