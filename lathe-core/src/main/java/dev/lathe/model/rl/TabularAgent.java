package dev.lathe.model.rl;

/** A model-free learner of tabular action values from sampled episodes (an immutable configuration). */
public interface TabularAgent {

    /**
     * Learns on {@code environment} for the configured number of episodes; the same seed gives the same
     * result.
     */
    LearnedValues learn(Environment environment);
}
