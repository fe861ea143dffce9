package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.ClusterModel;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.neighbors.RadiusSearch;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * A fitted {@link Dbscan}: the training labels and the core rows. DBSCAN itself labels only the rows it was fitted
 * on ({@link #labels()}); {@link #predict} labels new rows the way a border row is labelled: the cluster of the
 * nearest core row within {@code eps} (the lower core row on ties), else noise (-1). A training border row within
 * reach of two clusters may therefore get a different cluster from {@code predict} than from {@code labels()}.
 */
public final class DbscanModel implements ClusterModel {

    /** Type name in model files. */
    public static final String TYPE = "dbscan";

    private final double[] coreRows;
    private final int[] coreLabels;
    private final int[] coreIndex;
    private final int cols;
    private final int[] labels;
    private final int nClusters;
    private final double eps;
    private final int leafSize;
    private final RadiusSearch search;

    DbscanModel(RowMatrix x, boolean[] core, int[] labels, int nClusters, double eps, int leafSize) {
        this(coreValues(x, core), coreIndices(core, labels, true), coreIndices(core, labels, false), x.cols(), labels,
                nClusters, eps, leafSize);
    }

    private DbscanModel(double[] coreRows, int[] coreLabels, int[] coreIndex, int cols, int[] labels, int nClusters,
                        double eps, int leafSize) {
        if (coreLabels.length * cols != coreRows.length || coreIndex.length != coreLabels.length) {
            throw new IllegalArgumentException("core rows and labels disagree in size");
        }
        this.coreRows = coreRows;
        this.coreLabels = coreLabels;
        this.coreIndex = coreIndex;
        this.cols = cols;
        this.labels = labels.clone();
        this.nClusters = nClusters;
        this.eps = eps;
        this.leafSize = leafSize;
        this.search = coreLabels.length == 0 ? null : RadiusSearch.euclidean(coreRows, cols, leafSize);
    }

    private static double[] coreValues(RowMatrix x, boolean[] core) {
        int count = 0;
        for (boolean c : core) {
            count += c ? 1 : 0;
        }
        double[] out = new double[count * x.cols()];
        for (int i = 0, t = 0; i < core.length; i++) {
            if (core[i]) {
                System.arraycopy(x.values(), i * x.cols(), out, t++ * x.cols(), x.cols());
            }
        }
        return out;
    }

    private static int[] coreIndices(boolean[] core, int[] labels, boolean label) {
        return java.util.stream.IntStream.range(0, core.length).filter(i -> core[i])
                .map(i -> label ? labels[i] : i).toArray();
    }

    /** The training rows (0-based) that are core rows, ascending. */
    public int[] coreSampleIndices() {
        return coreIndex.clone();
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
        RowMatrix m = RowMatrix.of(x, cols);
        int[] out = new int[m.rows()];
        java.util.Arrays.fill(out, -1);
        if (search == null) {
            return out;
        }
        for (int i = 0; i < m.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c : search.within(m.values(), i * cols, eps)) {
                double dist = m.squaredDistance(i, coreRows, c * cols);
                if (dist < best) {
                    best = dist;
                    out[i] = coreLabels[c];
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
        out.put("eps", eps);
        out.put("leaf_size", leafSize);
        out.put("n_features", cols);
        out.put("n_clusters", nClusters);
        out.doubles("core_rows", coreRows);
        out.ints("core_labels", coreLabels);
        out.ints("core_index", coreIndex);
        out.ints("labels", labels);
    }

    /** Reads what {@link #save} wrote. */
    public static DbscanModel load(StepReader in) {
        int cols = in.getInt("n_features");
        int leaf = in.getInt("leaf_size");
        double eps = in.getDouble("eps");
        if (cols < 1 || leaf < 1 || !(eps > 0)) {
            throw in.fail("has n_features " + cols + ", leaf_size " + leaf + ", eps " + eps);
        }
        int[] coreLabels = in.ints("core_labels");
        return new DbscanModel(in.doubles("core_rows", coreLabels.length * cols), coreLabels, in.ints("core_index"),
                cols, in.ints("labels"), in.getInt("n_clusters"), eps, leaf);
    }
}
