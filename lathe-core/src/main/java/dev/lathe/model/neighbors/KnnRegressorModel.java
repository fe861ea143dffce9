package dev.lathe.model.neighbors;

import dev.lathe.frame.Frame;
import dev.lathe.model.Regressor;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Locale;

/** A fitted {@link KNeighborsRegressor}: the training rows, their targets and the search. */
public final class KnnRegressorModel implements Regressor {

    /** Type name in model files. */
    public static final String TYPE = "knn_regressor";

    private final double[] y;
    private final NeighborSearch search;
    private final int k;
    private final Weights weights;

    KnnRegressorModel(double[] y, NeighborSearch search, int k, Weights weights) {
        this.y = y.clone();
        this.search = search;
        this.k = k;
        this.weights = weights;
        if (y.length != search.rowCount()) {
            throw new IllegalArgumentException(y.length + " targets for " + search.rowCount() + " rows");
        }
    }

    @Override
    public double[] predict(Frame x) {
        Neighbors nb = search.query(x, k);
        double[] out = new double[x.rowCount()];
        for (int i = 0; i < out.length; i++) {
            double[] w = weights.of(nb.distances()[i]);
            double sum = 0;
            double total = 0;
            for (int r = 0; r < k; r++) {
                sum += w[r] * y[nb.indices()[i][r]];
                total += w[r];
            }
            out[i] = sum / total;
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
        out.put("n_neighbors", k);
        out.put("weights", weights.name().toLowerCase(Locale.ROOT));
        out.doubles("y", y);
    }

    /** Reads what {@link #save} wrote. */
    public static KnnRegressorModel load(StepReader in) {
        return new KnnRegressorModel(in.doubles("y"), NeighborSearch.load(in), in.getInt("n_neighbors"),
                Weights.valueOf(in.getString("weights").toUpperCase(Locale.ROOT)));
    }
}
