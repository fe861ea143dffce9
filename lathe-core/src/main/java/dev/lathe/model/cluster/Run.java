package dev.lathe.model.cluster;

/**
 * One k-means run's outcome.
 *
 * @param labels   the cluster of every row
 * @param centres  the centres, row-major (k x features)
 * @param inertia  sum of squared distances of the rows to their centres
 * @param nIter    iterations run
 */
record Run(int[] labels, double[] centres, double inertia, int nIter) {
}
