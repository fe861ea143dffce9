package dev.lathe.model.neighbors;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.ReadsMixedTypes;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;

/**
 * k-nearest-neighbours classification, as scikit-learn's KNeighborsClassifier: a row's class probabilities
 * are the (weighted) shares of its k nearest training rows' classes; the predicted class is the most
 * probable, the first in class order on ties (as scikit-learn's mode). Neighbours are found as
 * {@link NeighborSearch} describes (ties in distance go to the lower training row).
 *
 * @param nNeighbors number of neighbours k, at least 1 and at most the training rows (default 5)
 * @param weights    {@code uniform} (default) or {@code distance}
 * @param metric     {@code minkowski} (default), {@code euclidean}, {@code manhattan}, {@code cosine} or
 *                   {@code gower} (numeric, categorical and boolean columns with missing values; brute force)
 * @param p          Minkowski power, at least 1 (default 2: Euclidean)
 * @param algorithm  {@code auto} (default), {@code brute} or {@code kd_tree}; only speed differs
 * @param leafSize   most rows in a KD-tree leaf, at least 1 (default 30)
 */
public record KNeighborsClassifier(int nNeighbors, Weights weights, Metric metric, double p, Algorithm algorithm,
                                   int leafSize) implements Estimator, ReadsMixedTypes {

    public KNeighborsClassifier {
        Settings.check(nNeighbors, weights, metric, p, algorithm, leafSize);
    }

    /** Five neighbours, uniform weights, Euclidean distance, automatic search. */
    public KNeighborsClassifier() {
        this(5, Weights.UNIFORM, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30);
    }

    /** {@code k} neighbours, otherwise the defaults. */
    public KNeighborsClassifier(int k) {
        this(k, Weights.UNIFORM, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30);
    }

    @Override
    public KnnClassifierModel fit(Frame x, Column y) {
        NeighborSearch search = NeighborSearch.fit(x, nNeighbors, metric, p, algorithm, leafSize);
        Targets.Encoded t = Targets.classes(y);
        return new KnnClassifierModel(t.classes(), t.codes(), search, nNeighbors, weights);
    }

    /** True for the Gower metric, which reads categorical columns as categories and keeps missing values. */
    @Override
    public boolean readsMixedTypes() {
        return metric == Metric.GOWER;
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
