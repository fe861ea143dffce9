package dev.lathe.model.cluster;

import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;

class RandomInitGaussianMixtureConformanceTest extends UnsupervisedConformance {

    @Override
    protected UnsupervisedEstimator estimator() {
        return new GaussianMixture(2, CovarianceType.DIAG, 1e-3, 1e-6, 100, 1, MixtureInit.RANDOM, 5);
    }
}
