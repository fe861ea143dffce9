package dev.lathe.model.rl;

/** Pull counts and sample-average rewards per arm, shared by the index strategies. */
final class ArmStatistics {

    final long[] pulls;
    final double[] means;

    ArmStatistics(int arms) {
        if (arms < 1) {
            throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        }
        pulls = new long[arms];
        means = new double[arms];
    }

    void update(int arm, double reward) {
        if (arm < 0 || arm >= pulls.length) {
            throw new IllegalArgumentException("arm " + arm + " is outside 0.." + (pulls.length - 1));
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward of arm " + arm + " is " + reward + "; expected a finite number");
        }
        pulls[arm]++;
        means[arm] += (reward - means[arm]) / pulls[arm];
    }

    /** The index of the largest of {@code score}, ties broken uniformly at random. */
    static int argmax(double[] score, java.util.SplittableRandom random) {
        int chosen = 0;
        int ties = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < score.length; a++) {
            if (score[a] > best) {
                best = score[a];
                chosen = a;
                ties = 1;
            } else if (score[a] == best && random.nextInt(++ties) == 0) {
                chosen = a;
            }
        }
        return chosen;
    }
}
