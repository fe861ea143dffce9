package dev.lathe.model.rl;

/**
 * What an {@link Environment} returns for one action.
 *
 * @param observation the state reached
 * @param reward      the reward for the transition
 * @param terminated  the episode ended in a terminal state (its value is 0)
 * @param truncated   the episode was cut by the step limit in a non-terminal state
 */
public record Step(int observation, double reward, boolean terminated, boolean truncated) {

    /** Whether the episode is over, either way. */
    public boolean done() {
        return terminated || truncated;
    }
}
