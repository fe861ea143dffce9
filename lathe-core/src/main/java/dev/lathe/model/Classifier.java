package dev.lathe.model;

import dev.lathe.frame.Frame;
import java.util.List;

/** A fitted model that predicts one of a set of labels, with a probability per label. */
public interface Classifier extends Model {

    /** The labels, in the order of {@link #predictProba}'s columns (sorted as at fit time). */
    List<String> classes();

    /** {@code result[row][k]} is the probability of {@code classes().get(k)} for that row; rows sum to 1. */
    double[][] predictProba(Frame x);

    /** The most probable label per row (the first in {@link #classes()} order on ties). */
    default String[] predict(Frame x) {
        double[][] p = predictProba(x);
        List<String> classes = classes();
        String[] out = new String[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                if (p[i][k] > p[i][best]) {
                    best = k;
                }
            }
            out[i] = classes.get(best);
        }
        return out;
    }

    @Override
    default Task task() {
        return Task.CLASSIFICATION;
    }
}
