package dev.lathe.model;

import dev.lathe.frame.Frame;

/** A fitted model that predicts a number per row. */
public interface Regressor extends Model {

    /** One prediction per row of {@code x} (numeric features as at fit time). */
    double[] predict(Frame x);

    @Override
    default Task task() {
        return Task.REGRESSION;
    }
}
