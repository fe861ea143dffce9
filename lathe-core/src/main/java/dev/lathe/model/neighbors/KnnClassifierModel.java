package dev.lathe.model.neighbors;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;
import java.util.Locale;

/** A fitted {@link KNeighborsClassifier}: the training rows, their class codes and the search. */
public final class KnnClassifierModel implements Classifier {

    /** Type name in model files. */
    public static final String TYPE = "knn_classifier";

    private final List<String> classes;
    private final int[] codes;
    private final NeighborSearch search;
    private final int k;
    private final Weights weights;

    KnnClassifierModel(List<String> classes, int[] codes, NeighborSearch search, int k, Weights weights) {
        this.classes = List.copyOf(classes);
        this.codes = codes.clone();
        this.search = search;
        this.k = k;
        this.weights = weights;
        if (codes.length != search.rowCount()) {
            throw new IllegalArgumentException(codes.length + " labels for " + search.rowCount() + " rows");
        }
        for (int c : codes) {
            if (c < 0 || c >= classes.size()) {
                throw new IllegalArgumentException("class code " + c + " outside the " + classes.size() + " classes");
            }
        }
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public double[][] predictProba(Frame x) {
        Neighbors nb = search.query(x, k);
        double[][] out = new double[x.rowCount()][classes.size()];
        for (int i = 0; i < out.length; i++) {
            double[] w = weights.of(nb.distances()[i]);
            double total = 0;
            for (int r = 0; r < k; r++) {
                out[i][codes[nb.indices()[i][r]]] += w[r];
                total += w[r];
            }
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] /= total;
            }
        }
        return out;
    }

    /** The model's k nearest training rows (0-based) of every row of {@code x}, nearest first. */
    public Neighbors kneighbors(Frame x) {
        return search.query(x, k);
    }

    /** The {@code n} nearest training rows of every row of {@code x}, n from 1 to the training rows. */
    public Neighbors kneighbors(Frame x, int n) {
        return search.query(x, n);
    }

    /** The search the model uses: brute or kd_tree (auto resolved at fit time). */
    public Algorithm algorithm() {
        return search.algorithm();
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        search.save(out);
        out.put("classes", classes);
        out.put("n_neighbors", k);
        out.put("weights", weights.name().toLowerCase(Locale.ROOT));
        out.ints("codes", codes);
    }

    /** Reads what {@link #save} wrote. */
    public static KnnClassifierModel load(StepReader in) {
        return new KnnClassifierModel(in.getStrings("classes"), in.ints("codes"), NeighborSearch.load(in),
                in.getInt("n_neighbors"), Weights.valueOf(in.getString("weights").toUpperCase(Locale.ROOT)));
    }
}
