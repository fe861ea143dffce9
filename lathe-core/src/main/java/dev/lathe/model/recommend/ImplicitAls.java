package dev.lathe.model.recommend;

import dev.lathe.param.Check;

/**
 * Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren and Volinsky 2008). Every
 * (user, item) cell counts, observed or not: the preference is 1 where the value is above 0 and 0 elsewhere,
 * with confidence {@code 1 + alpha * value} (1 for unobserved cells). The fit minimises the confidence-weighted
 * squared error of {@code x_u . y_i} against the preference plus {@code regularization * (|x_u|^2 + |y_i|^2)};
 * each user's normal equations {@code (Y'Y + Y'(C_u - I)Y + regularization I) x_u = Y'C_u p_u} use the shared
 * {@code Y'Y}, so a half-iteration costs O(interactions k + rows k^2) with the conjugate-gradient solver.
 * Values must be counts or weights, at least 0.
 *
 * @param factors        latent dimension k, at least 1 (default 32)
 * @param regularization L2 strength, at least 0 (default 0.01)
 * @param alpha          confidence slope, at least 0 (default 40, as in the paper)
 * @param iterations     alternations of the user and item solves, at least 1 (default 15)
 * @param solver         {@code cg} (default) or {@code cholesky}
 * @param cgSteps        conjugate-gradient steps per row and half-iteration, at least 1 (default 3)
 * @param seed           seed of the initial factors, drawn N(0, 0.01^2) (default 0)
 */
public record ImplicitAls(int factors, double regularization, double alpha, int iterations, Solver solver,
                          int cgSteps, long seed) implements Recommender {

    /** Its name: {@code implicit_als}. */
    public static final String NAME = "implicit_als";

    public ImplicitAls {
        Check.atLeast("factors", factors, 1);
        Check.nonNegative("regularization", regularization);
        Check.nonNegative("alpha", alpha);
        Check.atLeast("iterations", iterations, 1);
        if (solver == null) {
            throw new IllegalArgumentException("solver must be cg or cholesky");
        }
        Check.atLeast("cg_steps", cgSteps, 1);
    }

    /** 32 factors, regularization 0.01, alpha 40, 15 iterations, 3 conjugate-gradient steps, seed 0. */
    public ImplicitAls() {
        this(32, 0.01, 40, 15, Solver.CG, 3, 0L);
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public FactorScorer learn(Interactions data, SparseRows history) {
        data.requireNonNegative(NAME);
        return ImplicitAlsSolver.fit(this, history);
    }
}
