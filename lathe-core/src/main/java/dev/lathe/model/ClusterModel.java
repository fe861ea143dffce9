package dev.lathe.model;

import dev.lathe.frame.Frame;

/** A fitted clustering: a cluster label per row, numbered from 0, with -1 for noise where the method has it. */
public interface ClusterModel extends Model {

    /** The cluster of every row of {@code x} (numeric features as at fit time); -1 marks noise. */
    int[] predict(Frame x);

    /** The labels of the training rows, in training order. */
    int[] labels();

    /** The number of clusters found (noise not counted). */
    int nClusters();

    @Override
    default Task task() {
        return Task.CLUSTERING;
    }
}
