package dev.lathe.model.cluster;

import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;

class ElkanKMeansConformanceTest extends UnsupervisedConformance {

    @Override
    protected UnsupervisedEstimator estimator() {
        return new KMeans(3, Init.RANDOM, 2, 300, 1e-4, Algorithm.ELKAN, 3);
    }
}
