package dev.lathe.model.baseline;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import org.junit.jupiter.api.Nested;

/** Both baselines pass the shared estimator checks. */
class BaselineConformanceTest {

    @Nested
    class Regressor extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new BaselineRegressor(BaselineRegressor.Strategy.MEDIAN);
        }
    }

    @Nested
    class Classifier extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new BaselineClassifier();
        }
    }
}
