package dev.lathe.model.recommend;

import dev.lathe.param.Check;

/**
 * Explicit-feedback matrix factorisation by alternating least squares with biases: a rating is modelled as
 * {@code mean + b_u + b_i + p_u . q_i}. The fit minimises a weighted squared error over every (user, item) cell:
 * observed ratings weigh 1, and each cell without a rating counts as a rating of {@code missingRating} with weight
 * {@code missingWeight} (Steck 2010, "Training and testing of recommender systems on data missing not at random":
 * what a user chose not to rate is evidence too). The penalty is {@code regularization * (W_u (b_u^2 + |p_u|^2) +
 * W_i (b_i^2 + |q_i|^2))} with W the row's total weight, which is its number of ratings when missing cells weigh
 * 0 (weighted L2 of Zhou et al. 2008, "ALS-WR", as Spark's ALS). Each half-iteration solves every user's (then
 * every item's) bias and factors exactly as a small weighted ridge regression (Cholesky through EJML), so the
 * objective never increases; the missing cells enter through sums over all items formed once per half-iteration
 * (as Hu, Koren and Volinsky's shared Y'Y), so the cost stays linear in the number of ratings.
 *
 * <p>With {@code missingWeight} 0 scores are predicted ratings of the items a user would rate (the classic
 * rating-prediction model, poor at choosing items). Above 0 a score mixes "would the user rate it" with "how
 * high": better top-N lists, worse rating predictions. Repeated (user, item) pairs are refused.
 *
 * @param factors        latent dimension k, at least 1 (default 10)
 * @param regularization L2 strength, above 0 (default 0.1)
 * @param iterations     alternations of the user and item solves, at least 1 (default 15)
 * @param missingWeight  weight of each cell without a rating, in [0, 1] (observed ratings weigh 1; default 0.05)
 * @param missingRating  the rating imputed to cells without one, finite (default 0, below a 1..5 scale)
 * @param seed           seed of the initial item factors, drawn N(0, 0.1^2) (default 0)
 */
public record ExplicitAls(int factors, double regularization, int iterations, double missingWeight,
                          double missingRating, long seed) implements Recommender {

    /** Its name: {@code als}. */
    public static final String NAME = "als";

    public ExplicitAls {
        Check.atLeast("factors", factors, 1);
        Check.positive("regularization", regularization);
        Check.atLeast("iterations", iterations, 1);
        Check.inRange("missing_weight", missingWeight, 0, 1);
        if (!Double.isFinite(missingRating)) {
            throw new IllegalArgumentException("missing_rating must be a finite number, got " + missingRating);
        }
    }

    /** 10 factors, regularization 0.1, 15 iterations, missing cells as rating 0 with weight 0.05, seed 0. */
    public ExplicitAls() {
        this(10, 0.1, 15, 0.05, 0, 0L);
    }

    /** The rating-prediction model: observed ratings only (missing weight 0). */
    public static ExplicitAls ratingsOnly(int factors, double regularization, int iterations, long seed) {
        return new ExplicitAls(factors, regularization, iterations, 0, 0, seed);
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public FactorScorer learn(Interactions data, SparseRows history) {
        data.requireDistinctPairs(NAME);
        return ExplicitAlsSolver.fit(this, history);
    }
}
