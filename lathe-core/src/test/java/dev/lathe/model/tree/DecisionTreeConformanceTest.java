package dev.lathe.model.tree;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** Both CART trees pass the shared estimator checks; they route missing values instead of refusing them. */
class DecisionTreeConformanceTest {

    @Nested
    class Classifier extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new DecisionTreeClassifier().withParams(Map.of("max_features", "sqrt", "random_state", 3));
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }

    @Nested
    class Regressor extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new DecisionTreeRegressor();
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }
}
