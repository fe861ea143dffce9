package dev.lathe.model.rl;

/** The running state of one bandit strategy during one experiment: chooses arms and learns from rewards. */
public interface BanditLearner {

    /** The arm to pull next. */
    int choose();

    /** Records that {@code arm} paid {@code reward}. */
    void update(int arm, double reward);
}
