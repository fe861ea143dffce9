package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * Upper confidence bounds, UCB1 (Auer, Cesa-Bianchi and Fischer 2002): pull every arm once, then the arm
 * maximising {@code mean + c * sqrt(ln t / pulls)} where t counts all pulls so far (ties at random).
 * With {@code c = sqrt(2)} this is UCB1 exactly; Sutton and Barto's figure 2.4 uses c = 2.
 *
 * @param c exploration weight, at least 0 (default sqrt(2))
 */
public record Ucb1(double c) implements BanditStrategy {

    /** Checks the range. */
    public Ucb1 {
        if (!(c >= 0 && Double.isFinite(c))) {
            throw new IllegalArgumentException("UCB exploration weight c must be finite and at least 0, got " + c);
        }
    }

    /** UCB1: c = sqrt(2). */
    public Ucb1() {
        this(Math.sqrt(2));
    }

    @Override
    public String name() {
        return "ucb1";
    }

    @Override
    public BanditLearner start(int arms, SplittableRandom random) {
        ArmStatistics stats = new ArmStatistics(arms);
        return new BanditLearner() {
            private final double[] index = new double[arms];
            private long t;

            @Override
            public int choose() {
                for (int a = 0; a < arms; a++) {
                    if (stats.pulls[a] == 0) {
                        return a;
                    }
                    index[a] = stats.means[a] + c * Math.sqrt(Math.log(t) / stats.pulls[a]);
                }
                return ArmStatistics.argmax(index, random);
            }

            @Override
            public void update(int arm, double reward) {
                stats.update(arm, reward);
                t++;
            }
        };
    }
}
