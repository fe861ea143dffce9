package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * Offline evaluation of a bandit strategy on a logged experiment by rejection replay (Li, Chu, Langford and
 * Wang 2011): the log's events are read in order; when the strategy would have chosen the logged arm, the
 * event counts and the strategy learns its reward, otherwise the event is skipped. The estimate is unbiased
 * when the log's arms were assigned uniformly at random (a classic A/B/n test).
 *
 * @param strategy the strategy to evaluate
 * @param seed     seed of the strategy's own randomness
 */
public record LogReplay(BanditStrategy strategy, long seed) {

    /**
     * What the replay found.
     *
     * @param accepted      logged events the strategy matched (and learned from)
     * @param averageReward its reward per accepted event
     * @param armMeans      each arm's average reward over the whole log (NaN for an arm never logged)
     * @param regret        estimated regret per event: the best logged arm mean minus {@code averageReward}
     * @param pulls         accepted events per arm: the strategy's allocation
     */
    public record Result(int accepted, double averageReward, double[] armMeans, double regret, long[] pulls) {
    }

    /**
     * Replays a log.
     *
     * @param arms    number of arms, at least 1
     * @param arm     logged arm of every event, in 0..arms-1
     * @param reward  logged reward of every event, finite
     */
    public Result replay(int arms, int[] arm, double[] reward) {
        if (arm.length != reward.length || arm.length == 0) {
            throw new IllegalArgumentException("a bandit log needs as many rewards as arms and at least one event, got "
                    + arm.length + " arms and " + reward.length + " rewards");
        }
        double[] sum = new double[arms];
        long[] count = new long[arms];
        for (int i = 0; i < arm.length; i++) {
            if (arm[i] < 0 || arm[i] >= arms) {
                throw new IllegalArgumentException("event " + (i + 1) + " has arm " + arm[i] + "; expected 0.."
                        + (arms - 1));
            }
            if (!Double.isFinite(reward[i])) {
                throw new IllegalArgumentException("event " + (i + 1) + " has reward " + reward[i]
                        + "; expected a finite number");
            }
            sum[arm[i]] += reward[i];
            count[arm[i]]++;
        }
        BanditLearner learner = strategy.start(arms, new SplittableRandom(seed));
        long[] pulls = new long[arms];
        int accepted = 0;
        double total = 0;
        for (int i = 0; i < arm.length; i++) {
            if (learner.choose() != arm[i]) {
                continue;
            }
            learner.update(arm[i], reward[i]);
            pulls[arm[i]]++;
            accepted++;
            total += reward[i];
        }
        double[] means = new double[arms];
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < arms; a++) {
            means[a] = count[a] == 0 ? Double.NaN : sum[a] / count[a];
            if (count[a] > 0) {
                best = Math.max(best, means[a]);
            }
        }
        double average = accepted == 0 ? Double.NaN : total / accepted;
        return new Result(accepted, average, means, best - average, pulls);
    }
}
