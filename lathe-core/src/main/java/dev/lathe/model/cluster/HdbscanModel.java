package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.ClusterModel;
import dev.lathe.model.RowMatrix;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * A fitted {@link Hdbscan}: the training rows with their core distances, labels and GLOSH outlier scores. New rows
 * are labelled by their nearest clustered training row when they lie within that row's core distance, else noise
 * (-1); this is a simpler rule than the hdbscan library's approximate_predict, and a training row may get a
 * different answer from {@link #predict} than from {@link #labels()}.
 */
public final class HdbscanModel implements ClusterModel {

    /** Type name in model files. */
    public static final String TYPE = "hdbscan";

    private final RowMatrix rows;
    private final double[] core;
    private final int[] labels;
    private final double[] outlierScores;
    private final int nClusters;

    HdbscanModel(RowMatrix rows, double[] core, int[] labels, double[] outlierScores, int nClusters) {
        if (core.length != rows.rows() || labels.length != rows.rows() || outlierScores.length != rows.rows()) {
            throw new IllegalArgumentException("core distances, labels and scores must have one value per row");
        }
        this.rows = rows;
        this.core = core.clone();
        this.labels = labels.clone();
        this.outlierScores = outlierScores.clone();
        this.nClusters = nClusters;
    }

    /** GLOSH outlier score of every training row, in [0, 1]. */
    public double[] outlierScores() {
        return outlierScores.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int nClusters() {
        return nClusters;
    }

    @Override
    public int[] predict(Frame x) {
        RowMatrix m = RowMatrix.of(x, rows.cols());
        int[] out = new int[m.rows()];
        double[] q = new double[rows.cols()];
        for (int i = 0; i < m.rows(); i++) {
            System.arraycopy(m.values(), i * rows.cols(), q, 0, rows.cols());
            out[i] = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows.rows(); r++) {
                if (labels[r] < 0) {
                    continue;
                }
                double d = rows.squaredDistance(r, q, 0);
                if (d < best) {
                    best = d;
                    out[i] = Math.sqrt(d) <= core[r] ? labels[r] : -1;
                }
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
        out.put("n_features", rows.cols());
        out.put("n_clusters", nClusters);
        out.doubles("rows", rows.values());
        out.doubles("core_distances", core);
        out.ints("labels", labels);
        out.doubles("outlier_scores", outlierScores);
    }

    /** Reads what {@link #save} wrote. */
    public static HdbscanModel load(StepReader in) {
        int cols = in.getInt("n_features");
        double[] core = in.doubles("core_distances");
        if (cols < 1) {
            throw in.fail("has n_features " + cols);
        }
        RowMatrix rows = new RowMatrix(in.doubles("rows", core.length * cols), core.length, cols);
        return new HdbscanModel(rows, core, in.ints("labels"), in.doubles("outlier_scores", core.length),
                in.getInt("n_clusters"));
    }
}
