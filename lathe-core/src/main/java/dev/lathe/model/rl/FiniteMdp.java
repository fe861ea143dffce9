package dev.lathe.model.rl;

import java.util.List;

/**
 * A Markov decision process with finitely many states and actions whose dynamics are known, as the
 * tabular environments expose them (Gymnasium's {@code env.P}): planners such as {@link ValueIteration}
 * read the dynamics, learners only sample them through {@link #environment}.
 */
public interface FiniteMdp {

    /** Number of states. */
    int states();

    /** Number of actions, the same in every state. */
    int actions();

    /** The state every episode starts from. */
    int start();

    /** Whether episodes end on entering {@code state} (its value is 0). */
    boolean isTerminal(int state);

    /** The outcomes of {@code action} in {@code state}; their probabilities sum to 1. */
    List<Transition> transitions(int state, int action);

    /**
     * This process as an environment that samples its transitions.
     *
     * @param maxSteps steps after which an episode is truncated, at least 1
     */
    default Environment environment(int maxSteps) {
        return new MdpEnvironment(this, maxSteps);
    }
}
