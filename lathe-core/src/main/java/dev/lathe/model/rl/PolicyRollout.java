package dev.lathe.model.rl;

import java.util.SplittableRandom;

/** Plays a fixed policy for a number of episodes, to measure what a learner or planner found. */
public final class PolicyRollout {

    private PolicyRollout() {
    }

    /**
     * The outcome of the episodes.
     *
     * @param meanReturn   undiscounted return per episode, averaged
     * @param terminated   share of episodes that reached a terminal state (rather than the step limit)
     * @param meanLength   steps per episode, averaged
     */
    public record Result(double meanReturn, double terminated, double meanLength) {
    }

    /**
     * Plays {@code policy} (one action per state) on {@code environment}.
     *
     * @param episodes at least 1
     * @param seed     seed of the environment's random transitions
     */
    public static Result play(Environment environment, int[] policy, int episodes, long seed) {
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be at least 1, got " + episodes);
        }
        if (policy.length != environment.observationSpace().size()) {
            throw new IllegalArgumentException("the policy has " + policy.length + " states; the environment "
                    + environment.observationSpace().size());
        }
        SplittableRandom random = new SplittableRandom(seed);
        double total = 0;
        int ended = 0;
        long steps = 0;
        for (int e = 0; e < episodes; e++) {
            int s = environment.reset(random);
            Step step;
            do {
                step = environment.step(policy[s]);
                total += step.reward();
                steps++;
                s = step.observation();
            } while (!step.done());
            ended += step.terminated() ? 1 : 0;
        }
        return new Result(total / episodes, (double) ended / episodes, (double) steps / episodes);
    }
}
