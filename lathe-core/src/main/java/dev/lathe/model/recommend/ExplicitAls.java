package dev.lathe.model.recommend;

import dev.lathe.param.Check;

/**
 * Explicit-feedback matrix factorisation by alternating least squares with biases: a rating is modelled as
 * {@code mean + b_u + b_i + p_u . q_i} and the fit minimises the squared error over the observed ratings plus
 * {@code regularization * (n_u (b_u^2 + |p_u|^2) + n_i (b_i^2 + |q_i|^2))} summed over users and items, where
 * n is the number of ratings (weighted L2 of Zhou et al. 2008, "ALS-WR", as Spark's ALS). Each half-iteration
 * solves every user's (then every item's) bias and factors exactly as a small ridge regression (Cholesky through
 * EJML), so the objective never increases. Scores are predicted ratings. Repeated (user, item) pairs are refused.
 *
 * @param factors        latent dimension k, at least 1 (default 10)
 * @param regularization L2 strength, above 0 (default 0.1)
 * @param iterations     alternations of the user and item solves, at least 1 (default 15)
 * @param seed           seed of the initial item factors, drawn N(0, 0.1^2) (default 0)
 */
public record ExplicitAls(int factors, double regularization, int iterations, long seed) implements Recommender {

    /** Its name: {@code als}. */
    public static final String NAME = "als";

    public ExplicitAls {
        Check.atLeast("factors", factors, 1);
        Check.positive("regularization", regularization);
        Check.atLeast("iterations", iterations, 1);
    }

    /** 10 factors, regularization 0.1, 15 iterations, seed 0. */
    public ExplicitAls() {
        this(10, 0.1, 15, 0L);
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
