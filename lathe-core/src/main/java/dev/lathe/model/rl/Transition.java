package dev.lathe.model.rl;

/**
 * One possible outcome of taking an action in a state of a {@link FiniteMdp}.
 *
 * @param probability its probability, in (0, 1]
 * @param next        the state reached
 * @param reward      the reward received
 * @param terminal    whether {@code next} ends the episode
 */
public record Transition(double probability, int next, double reward, boolean terminal) {
}
