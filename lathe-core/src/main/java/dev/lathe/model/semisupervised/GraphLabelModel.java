package dev.lathe.model.semisupervised;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Classifier;
import dev.lathe.model.QueryFeatures;
import dev.lathe.model.neighbors.Algorithm;
import dev.lathe.model.neighbors.Metric;
import dev.lathe.model.neighbors.NeighborSearch;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fitted {@link LabelPropagation} or {@link LabelSpreading}: the training rows with their label
 * distributions. A new row's probabilities are its kernel-weighted sum of the training rows'
 * distributions, normalised (for RBF the weights are scaled by the nearest row's weight first, which
 * leaves the ratio unchanged and keeps far rows from underflowing to 0/0 where scikit-learn gives NaN);
 * for kNN, the unweighted sum over its {@code n_neighbors} nearest training rows.
 */
public final class GraphLabelModel implements Classifier {

    /** Type name of a fitted label propagation in model files. */
    public static final String PROPAGATION = "label_propagation";
    /** Type name of a fitted label spreading in model files. */
    public static final String SPREADING = "label_spreading";

    private final String type;
    private final List<String> classes;
    private final List<String> features;
    private final double[][] columns;
    private final double[][] distributions;
    private final GraphKernel kernel;
    private final double gamma;
    private final int nNeighbors;
    private final int iterations;
    private final NeighborSearch search;

    GraphLabelModel(String type, List<String> classes, List<String> features, double[][] columns,
                    double[][] distributions, GraphKernel kernel, double gamma, int nNeighbors, int iterations) {
        this.type = type;
        this.classes = List.copyOf(classes);
        this.features = List.copyOf(features);
        this.columns = columns;
        this.distributions = distributions;
        this.kernel = kernel;
        this.gamma = gamma;
        this.nNeighbors = nNeighbors;
        this.iterations = iterations;
        this.search = kernel == GraphKernel.KNN ? search(features, columns, nNeighbors) : null;
        if (distributions.length != columns[0].length) {
            throw new IllegalArgumentException(distributions.length + " label distributions for "
                    + columns[0].length + " rows");
        }
    }

    /** The search over the training rows that the kNN graph uses (Euclidean). */
    static NeighborSearch search(List<String> features, double[][] columns, int k) {
        return NeighborSearch.fit(frame(features, columns), k, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30);
    }

    static Frame frame(List<String> features, double[][] columns) {
        List<Column> cs = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            cs.add(NumericColumn.wrap(features.get(j), columns[j]));
        }
        return Frame.of(cs);
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    /** Each training row's label distribution after spreading ({@code [row][class]}, rows sum to 1 or 0). */
    public double[][] labelDistributions() {
        double[][] out = new double[distributions.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = distributions[i].clone();
        }
        return out;
    }

    /** The label of every training row, as scikit-learn's {@code transduction_}: the most probable class. */
    public String[] transduction() {
        String[] out = new String[distributions.length];
        for (int i = 0; i < out.length; i++) {
            int best = 0;
            for (int c = 1; c < classes.size(); c++) {
                if (distributions[i][c] > distributions[i][best]) {
                    best = c;
                }
            }
            out[i] = classes.get(best);
        }
        return out;
    }

    /** Iterations made, as scikit-learn's {@code n_iter_} (max_iter when it did not converge). */
    public int iterations() {
        return iterations;
    }

    @Override
    public double[][] predictProba(Frame x) {
        double[][] q = QueryFeatures.matrix(x, features);
        int rows = x.rowCount();
        int k = classes.size();
        double[][] out = new double[rows][k];
        if (kernel == GraphKernel.KNN) {
            int[][] nb = search.query(x, nNeighbors).indices();
            for (int i = 0; i < rows; i++) {
                for (int j : nb[i]) {
                    for (int c = 0; c < k; c++) {
                        out[i][c] += distributions[j][c];
                    }
                }
                Spreading.normalise(out[i]);
            }
            return out;
        }
        int n = distributions.length;
        double[] d2 = new double[n];
        for (int i = 0; i < rows; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                d2[j] = LabelGraph.squaredDistance(q, i, columns, j);
                nearest = Math.min(nearest, d2[j]);
            }
            for (int j = 0; j < n; j++) {
                double w = Math.exp(-gamma * (d2[j] - nearest));
                for (int c = 0; c < k; c++) {
                    out[i][c] += w * distributions[j][c];
                }
            }
            Spreading.normalise(out[i]);
        }
        return out;
    }

    @Override
    public String stepType() {
        return type;
    }

    @Override
    public void save(StepWriter out) {
        out.put("classes", classes);
        out.put("features", features);
        out.put("kernel", kernel.name().toLowerCase(Locale.ROOT));
        out.put("gamma", gamma);
        out.put("n_neighbors", nNeighbors);
        out.put("n_iter", iterations);
        for (int j = 0; j < columns.length; j++) {
            out.doubles("x" + j, columns[j]);
        }
        double[] flat = new double[distributions.length * classes.size()];
        for (int i = 0; i < distributions.length; i++) {
            System.arraycopy(distributions[i], 0, flat, i * classes.size(), classes.size());
        }
        out.doubles("distributions", flat);
    }

    /** Reads what {@link #save} wrote. */
    public static GraphLabelModel load(StepReader in) {
        List<String> classes = in.getStrings("classes");
        List<String> features = in.getStrings("features");
        double[][] columns = new double[features.size()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = in.doubles("x" + j);
        }
        int n = columns.length == 0 ? 0 : columns[0].length;
        double[] flat = in.doubles("distributions", n * classes.size());
        double[][] distributions = new double[n][];
        for (int i = 0; i < n; i++) {
            distributions[i] = java.util.Arrays.copyOfRange(flat, i * classes.size(), (i + 1) * classes.size());
        }
        GraphKernel kernel;
        try {
            kernel = GraphKernel.valueOf(in.getString("kernel").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw in.fail("unknown kernel '" + in.getString("kernel") + "'");
        }
        return new GraphLabelModel(in.type(), classes, features, columns, distributions, kernel,
                in.getDouble("gamma"), in.getInt("n_neighbors"), in.getInt("n_iter"));
    }
}
