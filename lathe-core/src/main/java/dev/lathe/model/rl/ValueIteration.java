package dev.lathe.model.rl;

/**
 * Value iteration for a known model (Sutton and Barto, section 4.4): in-place sweeps of
 * {@code v(s) = max_a sum p (r + gamma v(s'))} until the largest change in a sweep is below {@code theta},
 * then the greedy policy.
 *
 * @param gamma         discount factor, in [0, 1] (default 0.99; with 1 the process must reach a terminal
 *                      state under every policy or the sweeps stop at {@code maxIterations})
 * @param theta         stopping tolerance, above 0 (default 1e-10)
 * @param maxIterations most sweeps, at least 1 (default 10000)
 */
public record ValueIteration(double gamma, double theta, int maxIterations) {

    /** Checks the ranges. */
    public ValueIteration {
        Checks.gamma(gamma);
        if (!(theta > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("value iteration needs theta > 0 and max_iterations >= 1, got "
                    + theta + " and " + maxIterations);
        }
    }

    /** Discount 0.99, tolerance 1e-10, at most 10000 sweeps. */
    public ValueIteration() {
        this(0.99, 1e-10, 10_000);
    }

    /** Solves {@code mdp}. */
    public Solution solve(FiniteMdp mdp) {
        double[] v = new double[mdp.states()];
        int sweeps = 0;
        double delta;
        do {
            delta = 0;
            for (int s = 0; s < v.length; s++) {
                if (mdp.isTerminal(s)) {
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < mdp.actions(); a++) {
                    best = Math.max(best, Bellman.actionValue(mdp, v, s, a, gamma));
                }
                delta = Math.max(delta, Math.abs(best - v[s]));
                v[s] = best;
            }
            sweeps++;
        } while (delta >= theta && sweeps < maxIterations);
        return new Solution(v, Bellman.greedy(mdp, v, gamma), sweeps);
    }
}
