package dev.lathe.model.decomposition;

import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;

class IncrementalPcaConformanceTest extends UnsupervisedConformance {

    @Override
    protected UnsupervisedEstimator estimator() {
        return new IncrementalPca(3, 40, false);
    }
}
