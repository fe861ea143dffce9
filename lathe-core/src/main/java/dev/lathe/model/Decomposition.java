package dev.lathe.model;

import dev.lathe.frame.Frame;

/** A fitted decomposition (such as PCA): new coordinates per row, and the way back to the features. */
public interface Decomposition extends Model {

    /** {@code result[i][c]} is row i's coordinate on component c. */
    double[][] transform(Frame x);

    /** The feature values (row-major, columns as at fit time) that {@code coordinates} map back to. */
    double[][] inverseTransform(double[][] coordinates);

    /** The number of components kept. */
    int nComponents();

    @Override
    default Task task() {
        return Task.DECOMPOSITION;
    }
}
