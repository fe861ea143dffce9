package dev.lathe.model.recommend;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * A matrix-factorisation model: user u's score of item j is {@code mean + userBias[u] + itemBias[j] + p_u . q_j}
 * with k-dimensional factors p (users) and q (items), stored row after row. Implicit-feedback models have no mean
 * or biases (they are zero).
 */
public final class FactorScorer implements Scorer {

    /** Step type in the model file. */
    public static final String TYPE = "factor_scorer";

    private final int factors;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double mean;
    private final double[] userBias;
    private final double[] itemBias;

    /**
     * @param factors     k, at least 1
     * @param userFactors users x k, row after row
     * @param itemFactors items x k, row after row
     * @param mean        global mean (0 without biases)
     * @param userBias    one per user, or null for none
     * @param itemBias    one per item, or null for none
     */
    FactorScorer(int factors, double[] userFactors, double[] itemFactors, double mean, double[] userBias,
                 double[] itemBias) {
        if (factors < 1 || userFactors.length % factors != 0 || itemFactors.length % factors != 0
                || (userBias == null) != (itemBias == null)
                || (userBias != null && (userBias.length * factors != userFactors.length
                        || itemBias.length * factors != itemFactors.length))) {
            throw new IllegalArgumentException("factor arrays do not agree with " + factors + " factors");
        }
        this.factors = factors;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.mean = mean;
        this.userBias = userBias;
        this.itemBias = itemBias;
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** User u's factor vector (a copy). */
    public double[] userFactor(int u) {
        return java.util.Arrays.copyOfRange(userFactors, u * factors, (u + 1) * factors);
    }

    /** Item j's factor vector (a copy). */
    public double[] itemFactor(int j) {
        return java.util.Arrays.copyOfRange(itemFactors, j * factors, (j + 1) * factors);
    }

    /** The global mean (0 for implicit feedback). */
    public double mean() {
        return mean;
    }

    /** User u's bias (0 without biases). */
    public double userBias(int u) {
        return userBias == null ? 0 : userBias[u];
    }

    /** Item j's bias (0 without biases). */
    public double itemBias(int j) {
        return itemBias == null ? 0 : itemBias[j];
    }

    @Override
    public void score(int user, SparseRows history, double[] scores) {
        int items = itemFactors.length / factors;
        int pu = user * factors;
        double base = mean + userBias(user);
        for (int j = 0; j < items; j++) {
            double s = base + itemBias(j);
            int qj = j * factors;
            for (int f = 0; f < factors; f++) {
                s += userFactors[pu + f] * itemFactors[qj + f];
            }
            scores[j] = s;
        }
    }

    @Override
    public boolean matches(int users, int items) {
        return userFactors.length == (long) users * factors && itemFactors.length == (long) items * factors;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("factors", factors).put("mean", mean).put("biases", userBias != null);
        out.doubles("user_factors", userFactors).doubles("item_factors", itemFactors);
        if (userBias != null) {
            out.doubles("user_bias", userBias).doubles("item_bias", itemBias);
        }
    }

    /** Reads what {@link #save} wrote. */
    public static FactorScorer load(StepReader in) {
        boolean biases = in.getBoolean("biases");
        return new FactorScorer(in.getInt("factors"), in.doubles("user_factors"), in.doubles("item_factors"),
                in.getDouble("mean"), biases ? in.doubles("user_bias") : null, biases ? in.doubles("item_bias") : null);
    }
}
