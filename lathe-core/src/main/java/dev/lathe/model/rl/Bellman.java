package dev.lathe.model.rl;

/** One-step lookahead on a known model, shared by the planners. */
final class Bellman {

    private Bellman() {
    }

    /** {@code sum over outcomes p * (r + gamma * v(next))}, with v = 0 after a terminal transition. */
    static double actionValue(FiniteMdp mdp, double[] v, int state, int action, double gamma) {
        double q = 0;
        for (Transition t : mdp.transitions(state, action)) {
            q += t.probability() * (t.reward() + (t.terminal() ? 0 : gamma * v[t.next()]));
        }
        return q;
    }

    /** The greedy policy for {@code v}; ties go to the lowest-numbered action. */
    static int[] greedy(FiniteMdp mdp, double[] v, double gamma) {
        int[] policy = new int[mdp.states()];
        for (int s = 0; s < policy.length; s++) {
            if (mdp.isTerminal(s)) {
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < mdp.actions(); a++) {
                double q = actionValue(mdp, v, s, a, gamma);
                if (q > best + 1e-12) {
                    best = q;
                    policy[s] = a;
                }
            }
        }
        return policy;
    }
}
