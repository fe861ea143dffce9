package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.ClusterModel;
import dev.lathe.model.DensityModel;
import dev.lathe.model.RowMatrix;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * A fitted {@link GaussianMixture}: weights, means and covariances. A row's cluster is its most probable
 * component; {@link #predictProba} gives every component's posterior probability and {@link #scoreSamples} the
 * log-density; {@link #sample} draws new rows.
 */
public final class GaussianMixtureModel implements ClusterModel, DensityModel {

    /** Type name in model files. */
    public static final String TYPE = "gaussian_mixture";

    private final Gaussians g;
    private final int[] labels;
    private final double lowerBound;
    private final int nIter;
    private final boolean converged;

    GaussianMixtureModel(Gaussians g, int[] labels, double lowerBound, int nIter, boolean converged) {
        this.g = g;
        this.labels = labels.clone();
        this.lowerBound = lowerBound;
        this.nIter = nIter;
        this.converged = converged;
    }

    static int[] argmax(double[] values, int n, int k) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = 1; c < k; c++) {
                if (values[i * k + c] > values[i * k + out[i]]) {
                    out[i] = c;
                }
            }
        }
        return out;
    }

    /** The mean log-likelihood per training row at the last E-step (scikit-learn's {@code lower_bound_}). */
    public double lowerBound() {
        return lowerBound;
    }

    /** EM iterations run. */
    public int nIter() {
        return nIter;
    }

    /** Whether the bound changed by less than {@code tol} before {@code max_iter}. */
    public boolean converged() {
        return converged;
    }

    /** The mixing weights, summing to 1. */
    public double[] weights() {
        return g.weights.clone();
    }

    /** The component means, {@code result[c][j]}. */
    public double[][] means() {
        double[][] out = new double[g.k][g.d];
        for (int c = 0; c < g.k; c++) {
            System.arraycopy(g.means, c * g.d, out[c], 0, g.d);
        }
        return out;
    }

    /** Component c's covariance matrix (d x d, row-major; diagonal for diag and spherical, shared when tied). */
    public double[] covariance(int c) {
        return g.covariances[c].clone();
    }

    /** The covariance type. */
    public CovarianceType covarianceType() {
        return g.type;
    }

    @Override
    public int nClusters() {
        return g.k;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] predict(Frame x) {
        return argmax(g.weightedLogProb(RowMatrix.of(x, g.d)), x.rowCount(), g.k);
    }

    /** {@code result[i][c]}: the posterior probability that row i came from component c; rows sum to 1. */
    public double[][] predictProba(Frame x) {
        double[] w = g.weightedLogProb(RowMatrix.of(x, g.d));
        g.normalise(w, x.rowCount());
        double[][] out = new double[x.rowCount()][g.k];
        for (int i = 0; i < out.length; i++) {
            for (int c = 0; c < g.k; c++) {
                out[i][c] = Math.exp(w[i * g.k + c]);
            }
        }
        return out;
    }

    @Override
    public double[] scoreSamples(Frame x) {
        double[] w = g.weightedLogProb(RowMatrix.of(x, g.d));
        return g.normalise(w, x.rowCount());
    }

    @Override
    public int parameterCount() {
        return g.parameterCount();
    }

    /**
     * {@code n} rows drawn from the mixture with a seeded generator: a component by its weight, then a point from
     * its Gaussian. {@code result[i]} is a row (features as at fit time); {@code components[i]} receives its
     * component when the array is given.
     */
    public double[][] sample(int n, long seed, int[] components) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of samples must be at least 1, got " + n);
        }
        if (components != null && components.length != n) {
            throw new IllegalArgumentException(components.length + " component slots for " + n + " samples");
        }
        int d = g.d;
        double[][] factors = new double[g.k][];
        for (int c = 0; c < g.k; c++) {
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
            chol.decompose(new DMatrixRMaj(d, d, true, g.covariances[c].clone()));
            factors[c] = chol.getT(null).data;
        }
        Random random = new Random(seed);
        double[][] out = new double[n][d];
        double[] z = new double[d];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int c = 0;
            double cum = g.weights[0];
            while (u >= cum && c < g.k - 1) {
                c++;
                cum += g.weights[c];
            }
            for (int j = 0; j < d; j++) {
                z[j] = random.nextGaussian();
            }
            for (int a = 0; a < d; a++) {
                double s = g.means[c * d + a];
                for (int b = 0; b <= a; b++) {
                    s += factors[c][a * d + b] * z[b];
                }
                out[i][a] = s;
            }
            if (components != null) {
                components[i] = c;
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
        out.put("covariance_type", g.type.name().toLowerCase(Locale.ROOT));
        out.put("n_components", g.k);
        out.put("n_features", g.d);
        out.put("lower_bound", lowerBound);
        out.put("n_iter", nIter);
        out.put("converged", converged);
        out.doubles("weights", g.weights);
        out.doubles("means", g.means);
        double[] cov = new double[g.k * g.d * g.d];
        for (int c = 0; c < g.k; c++) {
            System.arraycopy(g.covariances[c], 0, cov, c * g.d * g.d, g.d * g.d);
        }
        out.doubles("covariances", cov);
        out.ints("labels", labels);
    }

    /** Reads what {@link #save} wrote. */
    public static GaussianMixtureModel load(StepReader in) {
        CovarianceType type;
        try {
            type = CovarianceType.valueOf(in.getString("covariance_type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw in.fail("has an unknown covariance_type");
        }
        int k = in.getInt("n_components");
        int d = in.getInt("n_features");
        if (k < 1 || d < 1) {
            throw in.fail("has " + k + " components of " + d + " features");
        }
        double[] flat = in.doubles("covariances", k * d * d);
        double[][] cov = new double[k][];
        for (int c = 0; c < k; c++) {
            cov[c] = java.util.Arrays.copyOfRange(flat, c * d * d, (c + 1) * d * d);
        }
        Gaussians g = new Gaussians(type, in.doubles("weights", k), in.doubles("means", k * d), cov);
        return new GaussianMixtureModel(g, in.ints("labels"), in.getDouble("lower_bound"), in.getInt("n_iter"),
                in.getBoolean("converged"));
    }
}
