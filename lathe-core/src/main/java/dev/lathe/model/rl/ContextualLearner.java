package dev.lathe.model.rl;

/** The running state of a contextual bandit strategy: chooses an arm for a context and learns from rewards. */
public interface ContextualLearner {

    /** The arm to pull for {@code context}. */
    int choose(double[] context);

    /** Records that {@code arm}, pulled for {@code context}, paid {@code reward}. */
    void update(double[] context, int arm, double reward);

    /** A context-free strategy as a contextual learner that ignores the context (a baseline). */
    static ContextualLearner ignoringContext(BanditLearner learner) {
        return new ContextualLearner() {
            @Override
            public int choose(double[] context) {
                return learner.choose();
            }

            @Override
            public void update(double[] context, int arm, double reward) {
                learner.update(arm, reward);
            }
        };
    }
}
