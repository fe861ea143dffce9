package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * A reinforcement-learning environment with discrete observations and actions, as Gymnasium's {@code Env}:
 * {@link #reset} starts an episode and {@link #step} applies one action. An environment holds the state
 * of its current episode, so one instance serves one learner at a time; every random draw comes from the
 * generator given to {@link #reset}, so a seed gives the same episodes.
 */
public interface Environment {

    /** The observations (states) the environment reports. */
    DiscreteSpace observationSpace();

    /** The actions it accepts. */
    DiscreteSpace actionSpace();

    /**
     * Starts a new episode.
     *
     * @param random the generator this episode's random transitions draw from
     * @return the first observation
     */
    int reset(SplittableRandom random);

    /**
     * Applies {@code action} in the current state.
     *
     * @throws IllegalArgumentException when the action is outside {@link #actionSpace()}
     * @throws IllegalStateException    before {@link #reset} or after the episode ended
     */
    Step step(int action);
}
