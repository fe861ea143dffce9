package dev.lathe.model.rl;

/**
 * What a planner found for a {@link FiniteMdp}.
 *
 * @param values     {@code values[state]}, the state values (0 at terminal states)
 * @param policy     {@code policy[state]}, the greedy action (lowest-numbered on ties)
 * @param iterations sweeps (value iteration) or improvement steps (policy iteration) made
 */
public record Solution(double[] values, int[] policy, int iterations) {
}
