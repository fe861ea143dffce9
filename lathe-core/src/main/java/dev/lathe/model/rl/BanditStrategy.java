package dev.lathe.model.rl;

import java.util.SplittableRandom;

/** A multi-armed bandit strategy (immutable configuration); {@link #start} begins one experiment. */
public interface BanditStrategy {

    /**
     * A fresh learner for {@code arms} arms that draws any randomness it needs from {@code random}.
     *
     * @param arms at least 1
     */
    BanditLearner start(int arms, SplittableRandom random);

    /** A short name for reports, such as {@code ucb1}. */
    String name();
}
