package dev.lathe.model.cluster;

import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;

class GaussianMixtureConformanceTest extends UnsupervisedConformance {

    @Override
    protected UnsupervisedEstimator estimator() {
        return new GaussianMixture(3, CovarianceType.FULL, 1e-3, 1e-6, 100, 2, MixtureInit.KMEANS, 5);
    }
}
