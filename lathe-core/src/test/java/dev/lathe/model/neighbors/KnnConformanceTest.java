package dev.lathe.model.neighbors;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import org.junit.jupiter.api.Nested;

/** Both neighbour estimators pass the shared estimator checks, with each search. */
class KnnConformanceTest {

    @Nested
    class ClassifierConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new KNeighborsClassifier(5, Weights.DISTANCE, Metric.MINKOWSKI, 2, Algorithm.KD_TREE, 30);
        }
    }

    @Nested
    class RegressorConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new KNeighborsRegressor();
        }
    }

    @Nested
    class CosineRegressorConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new KNeighborsRegressor(3, Weights.UNIFORM, Metric.COSINE, 2, Algorithm.BRUTE, 30);
        }
    }

    @Nested
    class GowerClassifierConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new KNeighborsClassifier(5, Weights.DISTANCE, Metric.GOWER, 2, Algorithm.AUTO, 30);
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }
}
