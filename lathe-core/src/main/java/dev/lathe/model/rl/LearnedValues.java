package dev.lathe.model.rl;

/**
 * What a tabular learner learned: action values and its learning curve.
 *
 * @param q              {@code q[state][action]}, the estimated action values
 * @param episodeReturns the undiscounted return of every training episode, in order
 * @param episodeLengths the number of steps of every training episode
 */
public record LearnedValues(double[][] q, double[] episodeReturns, int[] episodeLengths) {

    /** The greedy policy: per state, the action of highest value (lowest-numbered on ties). */
    public int[] greedyPolicy() {
        int[] policy = new int[q.length];
        for (int s = 0; s < q.length; s++) {
            policy[s] = QTable.greedy(q[s]);
        }
        return policy;
    }
}
