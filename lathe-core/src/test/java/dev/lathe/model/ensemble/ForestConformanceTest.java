package dev.lathe.model.ensemble;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The four forests pass the shared estimator checks (small forests, to keep the suite fast). */
class ForestConformanceTest {

    private static final Map<String, Object> SMALL = Map.of("n_estimators", 12, "random_state", 5);

    abstract static class Routing extends EstimatorConformance {
        @Override
        protected boolean acceptsMissingValues() {
            return true;
        }
    }

    @Nested
    class RandomForestClassifierChecks extends Routing {
        @Override
        protected Estimator estimator() {
            return (Estimator) new RandomForestClassifier().withParams(SMALL);
        }
    }

    @Nested
    class RandomForestRegressorChecks extends Routing {
        @Override
        protected Estimator estimator() {
            return (Estimator) new RandomForestRegressor().withParams(Map.of("n_estimators", 12,
                    "oob_score", true, "quantile_regression", true));
        }
    }

    @Nested
    class ExtraTreesClassifierChecks extends Routing {
        @Override
        protected Estimator estimator() {
            return (Estimator) new ExtraTreesClassifier().withParams(SMALL);
        }
    }

    @Nested
    class ExtraTreesRegressorChecks extends Routing {
        @Override
        protected Estimator estimator() {
            return (Estimator) new ExtraTreesRegressor().withParams(SMALL);
        }
    }
}
