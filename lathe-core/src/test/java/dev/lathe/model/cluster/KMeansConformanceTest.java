package dev.lathe.model.cluster;

import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;

class KMeansConformanceTest extends UnsupervisedConformance {

    @Override
    protected UnsupervisedEstimator estimator() {
        return new KMeans(3, Init.K_MEANS_PLUS_PLUS, 3, 300, 1e-4, Algorithm.LLOYD, 7);
    }
}
