package dev.lathe.model.rl;

/**
 * Policy iteration for a known model (Sutton and Barto, section 4.3): iterative policy evaluation (in-place
 * sweeps until the largest change is below {@code theta}) alternating with greedy improvement, starting
 * from the policy that always takes action 0, until the policy is stable.
 *
 * @param gamma         discount factor, in [0, 1) (default 0.99; below 1 so that evaluating a policy that
 *                      never ends an episode still converges)
 * @param theta         evaluation tolerance, above 0 (default 1e-10)
 * @param maxIterations most improvement steps, at least 1 (default 1000)
 */
public record PolicyIteration(double gamma, double theta, int maxIterations) {

    /** Checks the ranges. */
    public PolicyIteration {
        if (!(gamma >= 0 && gamma < 1)) {
            throw new IllegalArgumentException("policy iteration needs gamma in [0, 1), got " + gamma);
        }
        if (!(theta > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("policy iteration needs theta > 0 and max_iterations >= 1, got "
                    + theta + " and " + maxIterations);
        }
    }

    /** Discount 0.99, tolerance 1e-10, at most 1000 improvement steps. */
    public PolicyIteration() {
        this(0.99, 1e-10, 1000);
    }

    /** Solves {@code mdp}. */
    public Solution solve(FiniteMdp mdp) {
        double[] v = new double[mdp.states()];
        int[] policy = new int[mdp.states()];
        int steps = 0;
        while (true) {
            evaluate(mdp, policy, v);
            steps++;
            int[] improved = Bellman.greedy(mdp, v, gamma);
            boolean stable = true;
            for (int s = 0; s < policy.length; s++) {
                // keep the current action when it is as good as the new one, so ties cannot cycle
                if (improved[s] != policy[s] && Bellman.actionValue(mdp, v, s, improved[s], gamma)
                        > Bellman.actionValue(mdp, v, s, policy[s], gamma) + 1e-12) {
                    policy[s] = improved[s];
                    stable = false;
                }
            }
            if (stable || steps >= maxIterations) {
                return new Solution(v, policy, steps);
            }
        }
    }

    private void evaluate(FiniteMdp mdp, int[] policy, double[] v) {
        double delta;
        do {
            delta = 0;
            for (int s = 0; s < v.length; s++) {
                if (mdp.isTerminal(s)) {
                    continue;
                }
                double q = Bellman.actionValue(mdp, v, s, policy[s], gamma);
                delta = Math.max(delta, Math.abs(q - v[s]));
                v[s] = q;
            }
        } while (delta >= theta);
    }
}
