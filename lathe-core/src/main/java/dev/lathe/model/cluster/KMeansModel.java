package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.ClusterModel;
import dev.lathe.model.RowMatrix;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/** A fitted k-means (full or mini-batch): the centres; a row's cluster is its nearest centre. */
public final class KMeansModel implements ClusterModel {

    /** Type name in model files. */
    public static final String TYPE = "kmeans";

    private final double[] centres;
    private final int cols;
    private final int[] labels;
    private final double inertia;
    private final int nIter;

    KMeansModel(double[] centres, int cols, int[] labels, double inertia, int nIter) {
        if (cols < 1 || centres.length % cols != 0 || centres.length == 0) {
            throw new IllegalArgumentException(centres.length + " centre values for " + cols + " feature columns");
        }
        this.centres = centres.clone();
        this.cols = cols;
        this.labels = labels.clone();
        this.inertia = inertia;
        this.nIter = nIter;
    }

    /** The centres, {@code result[c][j]}: centre c's value of feature j. */
    public double[][] centres() {
        int k = nClusters();
        double[][] out = new double[k][cols];
        for (int c = 0; c < k; c++) {
            System.arraycopy(centres, c * cols, out[c], 0, cols);
        }
        return out;
    }

    /** Sum of squared distances of the training rows to their centres. */
    public double inertia() {
        return inertia;
    }

    /** Iterations the kept run took. */
    public int nIter() {
        return nIter;
    }

    @Override
    public int nClusters() {
        return centres.length / cols;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] predict(Frame x) {
        RowMatrix m = RowMatrix.of(x, cols);
        int[] out = new int[m.rows()];
        Centres.assign(m, centres, nClusters(), out, new double[m.rows()]);
        return out;
    }

    /** Sum of squared distances of the rows of {@code x} to their nearest centres. */
    public double score(Frame x) {
        RowMatrix m = RowMatrix.of(x, cols);
        int[] l = new int[m.rows()];
        Centres.assign(m, centres, nClusters(), l, new double[m.rows()]);
        return Centres.inertia(m, centres, l);
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("n_features", cols);
        out.put("inertia", inertia);
        out.put("n_iter", nIter);
        out.doubles("centres", centres);
        out.ints("labels", labels);
    }

    /** Reads what {@link #save} wrote. */
    public static KMeansModel load(StepReader in) {
        int cols = in.getInt("n_features");
        if (cols < 1) {
            throw in.fail("has n_features " + cols);
        }
        return new KMeansModel(in.doubles("centres"), cols, in.ints("labels"), in.getDouble("inertia"),
                in.getInt("n_iter"));
    }
}
