package dev.lathe.model.recommend;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/** Scores every item by its number of distinct training users, the same for every user. */
public final class PopularityScorer implements Scorer {

    /** Step type in the model file. */
    public static final String TYPE = "popularity_scorer";

    private final double[] counts;

    PopularityScorer(double[] counts) {
        this.counts = counts;
    }

    /** Number of distinct users of each item in {@code history}. */
    static double[] counts(SparseRows history) {
        double[] out = new double[history.columnCount()];
        for (int c : history.columns()) {
            out[c]++;
        }
        return out;
    }

    @Override
    public void score(int user, SparseRows history, double[] scores) {
        System.arraycopy(counts, 0, scores, 0, counts.length);
    }

    @Override
    public boolean matches(int users, int items) {
        return counts.length == items;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.doubles("counts", counts);
    }

    /** Reads what {@link #save} wrote. */
    public static PopularityScorer load(StepReader in) {
        return new PopularityScorer(in.doubles("counts"));
    }
}
