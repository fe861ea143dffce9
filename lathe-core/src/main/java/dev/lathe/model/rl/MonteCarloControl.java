package dev.lathe.model.rl;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * On-policy first-visit Monte Carlo control with an epsilon-soft policy (Sutton and Barto, section 5.4):
 * after each episode, every state-action pair's first visit is credited with the discounted return that
 * followed it, and its value is the running average of those returns. Episodes must end (the
 * environment's step limit truncates them).
 *
 * @param gamma    discount factor, in [0, 1] (default 1)
 * @param epsilon  exploration rate per episode
 * @param episodes training episodes, at least 1
 * @param seed     seed of the policy and of the environment's transitions
 */
public record MonteCarloControl(double gamma, EpsilonSchedule epsilon, int episodes, long seed)
        implements TabularAgent {

    /** Checks the ranges. */
    public MonteCarloControl {
        if (epsilon == null) {
            throw new IllegalArgumentException("Monte Carlo control needs an epsilon schedule");
        }
        Checks.rates(1, gamma, episodes);
    }

    @Override
    public LearnedValues learn(Environment env) {
        int nS = env.observationSpace().size();
        int nA = env.actionSpace().size();
        double[][] q = new double[nS][nA];
        long[][] visits = new long[nS][nA];
        int[][] firstVisit = new int[nS][nA];
        double[] returns = new double[episodes];
        int[] lengths = new int[episodes];
        SplittableRandom random = new SplittableRandom(seed);
        int[] states = new int[64];
        int[] actions = new int[64];
        double[] rewards = new double[64];
        for (int e = 0; e < episodes; e++) {
            double eps = epsilon.at(e);
            int n = 0;
            int s = env.reset(random);
            Step step;
            do {
                if (n == states.length) {
                    states = Arrays.copyOf(states, 2 * n);
                    actions = Arrays.copyOf(actions, 2 * n);
                    rewards = Arrays.copyOf(rewards, 2 * n);
                }
                int a = QTable.epsilonGreedy(q[s], eps, random);
                step = env.step(a);
                states[n] = s;
                actions[n] = a;
                rewards[n++] = step.reward();
                s = step.observation();
            } while (!step.done());
            for (int t = n - 1; t >= 0; t--) {
                firstVisit[states[t]][actions[t]] = t + 1;
            }
            double g = 0;
            for (int t = n - 1; t >= 0; t--) {
                g = gamma * g + rewards[t];
                int st = states[t];
                int at = actions[t];
                if (firstVisit[st][at] == t + 1) {
                    firstVisit[st][at] = 0;
                    visits[st][at]++;
                    q[st][at] += (g - q[st][at]) / visits[st][at];
                }
                returns[e] += rewards[t];
            }
            lengths[e] = n;
        }
        return new LearnedValues(q, returns, lengths);
    }
}
