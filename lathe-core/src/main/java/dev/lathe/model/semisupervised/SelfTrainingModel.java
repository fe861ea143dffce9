package dev.lathe.model.semisupervised;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * A fitted {@link SelfTrainingClassifier}: the base classifier fitted on every row labelled at the end,
 * which makes the predictions, and the iteration log.
 */
public final class SelfTrainingModel implements Classifier {

    /** Type name in model files. */
    public static final String TYPE = "self_training";

    private final Classifier base;
    private final int[] labelledIn;
    private final int[] added;
    private final String termination;

    SelfTrainingModel(Classifier base, int[] labelledIn, int[] added, String termination) {
        this.base = base;
        this.labelledIn = labelledIn.clone();
        this.added = added.clone();
        this.termination = termination;
    }

    /** The final base model. */
    public Classifier base() {
        return base;
    }

    /**
     * Per training row, the round in which it got its label: 0 when labelled in the data, -1 when never
     * (scikit-learn's {@code labeled_iter_}).
     */
    public int[] labelledIn() {
        return labelledIn.clone();
    }

    /** The iteration log: how many rows each round adopted, round 1 first. */
    public int[] addedPerRound() {
        return added.clone();
    }

    /** Rounds run (scikit-learn's {@code n_iter_}). */
    public int rounds() {
        return added.length;
    }

    /** Why it stopped: {@code max_iter}, {@code no_change} or {@code all_labeled}, as scikit-learn says. */
    public String termination() {
        return termination;
    }

    @Override
    public List<String> classes() {
        return base.classes();
    }

    @Override
    public double[][] predictProba(Frame x) {
        return base.predictProba(x);
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.child("base", base);
        out.put("termination", termination);
        out.ints("labelled_in", labelledIn);
        out.ints("added", added);
    }

    /** Reads what {@link #save} wrote. */
    public static SelfTrainingModel load(StepReader in) {
        return new SelfTrainingModel(in.child("base", Classifier.class), in.ints("labelled_in"), in.ints("added"),
                in.getString("termination"));
    }
}
