package dev.lathe.model.ensemble;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import org.junit.jupiter.api.Nested;

/** Both boosters pass the shared estimator checks (binary, multinomial, and with sampling and early stopping). */
class GradientBoostingConformanceTest {

    @Nested
    class Regressor extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new GradientBoostingRegressor().withParams(java.util.Map.of("max_iter", 30));
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }

    @Nested
    class SampledRegressor extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new GradientBoostingRegressor().withParams(java.util.Map.of("max_iter", 30,
                    "subsample", 0.7, "colsample", 0.5, "early_stopping", true, "random_state", 3));
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }

    @Nested
    class Multinomial extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new GradientBoostingClassifier().withParams(java.util.Map.of("max_iter", 20));
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }

    @Nested
    class Binary extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new GradientBoostingClassifier().withParams(java.util.Map.of("max_iter", 20));
        }

        @Override
        protected Frame data() {
            return Datasets.breastCancer();
        }

        @Override
        protected String target() {
            return Datasets.target("breast_cancer");
        }

        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }
}
