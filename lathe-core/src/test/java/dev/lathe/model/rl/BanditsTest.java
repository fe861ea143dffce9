package dev.lathe.model.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.parallel.Parallelism;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bandit strategies on the 10-armed testbed (Sutton and Barto, section 2.3: 1000 pulls, results averaged
 * over seeded runs, every strategy meeting the same testbeds): UCB and Thompson sampling end with lower
 * expected regret than epsilon-greedy.
 */
class BanditsTest {

    private static final BanditSimulation GAUSSIAN =
            new BanditSimulation(r -> BanditTestbed.gaussian(10, r), 1000, 300, 2026);
    private static final BanditSimulation BERNOULLI =
            new BanditSimulation(r -> BanditTestbed.bernoulli(10, r), 1000, 300, 2026);

    @Test
    void ucbAndThompsonBeatEpsilonGreedyOnTheGaussianTestbed() {
        double greedy = GAUSSIAN.run(new EpsilonGreedy(0.1)).finalRegret();
        double ucb1 = GAUSSIAN.run(new Ucb1()).finalRegret();
        double ucb2 = GAUSSIAN.run(new Ucb1(2)).finalRegret();
        double thompson = GAUSSIAN.run(new ThompsonGaussian()).finalRegret();
        assertThat(ucb1).isLessThan(greedy);
        assertThat(ucb2).isLessThan(greedy);
        assertThat(thompson).isLessThan(greedy);
    }

    /**
     * On Bernoulli arms with success probabilities ~ U(0, 1), Beta-Bernoulli Thompson sampling beats both;
     * UCB1's bound (c = sqrt 2) is loose for such small reward ranges and it explores more than
     * epsilon-greedy within 1000 pulls (about 132 against 65: recorded in docs/reinforcement-learning.md).
     */
    @Test
    void thompsonBeatsEpsilonGreedyAndUcb1OnTheBernoulliTestbed() {
        double greedy = BERNOULLI.run(new EpsilonGreedy(0.1)).finalRegret();
        double ucb1 = BERNOULLI.run(new Ucb1()).finalRegret();
        double thompson = BERNOULLI.run(new ThompsonBeta()).finalRegret();
        assertThat(thompson).isLessThan(greedy).isLessThan(ucb1);
    }

    @Test
    void regretIsCumulativeAndAllocationAddsUp() {
        BanditSimulation.Result r = GAUSSIAN.run(new Ucb1());
        for (int t = 1; t < r.cumulativeRegret().length; t++) {
            assertThat(r.cumulativeRegret()[t]).isGreaterThanOrEqualTo(r.cumulativeRegret()[t - 1]);
        }
        assertThat(java.util.Arrays.stream(r.pulls()).sum()).isCloseTo(1000, within(1e-9));
        assertThat(r.optimalShare()[999]).isGreaterThan(r.optimalShare()[20]);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            double[] one = GAUSSIAN.run(new ThompsonGaussian()).cumulativeRegret();
            Parallelism.setThreads(3);
            double[] three = GAUSSIAN.run(new ThompsonGaussian()).cumulativeRegret();
            assertThat(three).containsExactly(one);
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void fixedArmsConcentrateOnTheBestOne() {
        BanditTestbed ab = new BanditTestbed(BanditTestbed.Arms.BERNOULLI, new double[] {0.04, 0.05, 0.07}, 1);
        BanditSimulation.Result r = new BanditSimulation(x -> ab, 5000, 50, 7).run(new ThompsonBeta());
        assertThat(r.pulls()[2]).isGreaterThan(r.pulls()[0] + r.pulls()[1]);
    }

    @Test
    void betaDrawsHaveTheBetaMoments() {
        SplittableRandom random = new SplittableRandom(5);
        for (double[] ab : new double[][] {{2, 5}, {0.5, 0.5}, {30, 3}}) {
            double a = ab[0];
            double b = ab[1];
            int n = 200_000;
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double x = GammaDraw.beta(a, b, random);
                sum += x;
                sq += x * x;
            }
            double mean = sum / n;
            double variance = sq / n - mean * mean;
            assertThat(mean).isCloseTo(a / (a + b), within(0.003));
            assertThat(variance).isCloseTo(a * b / ((a + b) * (a + b) * (a + b + 1)), within(0.002));
        }
    }

    @Test
    void linUcbUsesTheContextAndBeatsContextFreeStrategies() {
        double lin = 0;
        double blind = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            LinearContextualBandit bandit = LinearContextualBandit.random(5, 4, 0.5, r.split());
            SplittableRandom play = r.split();
            double[] regret = bandit.play(new LinUcb(1).start(5, 4), 2000, play.split());
            lin += regret[1999];
            blind += bandit.play(ContextualLearner.ignoringContext(new Ucb1().start(5, play.split())), 2000,
                    play.split())[1999];
            // sublinear: the second thousand rounds add less regret than the first
            assertThat(regret[1999] - regret[999]).as("seed %d", seed).isLessThan(regret[999]);
        }
        assertThat(lin).isLessThan(blind / 3);
    }

    @Test
    void replayOfAUniformLogFavoursTheBestArm() {
        double[] rates = {0.1, 0.3, 0.2};
        SplittableRandom random = new SplittableRandom(11);
        int n = 30_000;
        int[] arm = new int[n];
        double[] reward = new double[n];
        for (int i = 0; i < n; i++) {
            arm[i] = random.nextInt(3);
            reward[i] = random.nextDouble() < rates[arm[i]] ? 1 : 0;
        }
        LogReplay.Result r = new LogReplay(new ThompsonBeta(), 3).replay(3, arm, reward);
        assertThat(r.accepted()).isGreaterThan(n / 4).isLessThan(n / 2);
        assertThat(r.pulls()[1]).isGreaterThan(r.pulls()[0] + r.pulls()[2]);
        assertThat(r.armMeans()[1]).isCloseTo(0.3, within(0.02));
        assertThat(r.averageReward()).isGreaterThan(0.25).isLessThanOrEqualTo(r.armMeans()[1] + 0.02);
        assertThat(r.regret()).isCloseTo(r.armMeans()[1] - r.averageReward(), within(1e-12));
    }
}
