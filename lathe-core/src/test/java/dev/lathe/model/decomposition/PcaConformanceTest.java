package dev.lathe.model.decomposition;

import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;

class PcaConformanceTest extends UnsupervisedConformance {

    @Override
    protected UnsupervisedEstimator estimator() {
        return new Pca(2, true);
    }
}
