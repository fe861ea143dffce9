package dev.lathe.model.rl;

import java.util.SplittableRandom;

/** Action-value helpers shared by the tabular learners: greedy and epsilon-greedy choices. */
final class QTable {

    private QTable() {
    }

    /** The action with the highest value; the lowest-numbered one on ties. */
    static int greedy(double[] q) {
        int best = 0;
        for (int a = 1; a < q.length; a++) {
            if (q[a] > q[best]) {
                best = a;
            }
        }
        return best;
    }

    /** With probability {@code epsilon} a uniformly random action, else a greedy one (ties broken at random). */
    static int epsilonGreedy(double[] q, double epsilon, SplittableRandom random) {
        if (random.nextDouble() < epsilon) {
            return random.nextInt(q.length);
        }
        double max = q[greedy(q)];
        int ties = 0;
        int chosen = 0;
        for (int a = 0; a < q.length; a++) {
            if (q[a] == max && random.nextInt(++ties) == 0) {
                chosen = a;
            }
        }
        return chosen;
    }
}
