package dev.lathe.model.svm;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The SVMs in their main modes pass the shared estimator checks. */
class SvmConformanceTest {

    @Nested
    class RbfWithProbabilities extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new Svc();
        }
    }

    @Nested
    class PolyBalancedWithoutProbabilities extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new Svc().withParams(Map.of("kernel", "poly", "degree", 2, "coef0", 1.0,
                    "class_weight", "balanced", "probability", false));
        }
    }

    @Nested
    class RbfRegression extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new Svr();
        }
    }

    @Nested
    class NuClassification extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new NuSvc().withParams(Map.of("nu", 0.3));
        }
    }

    @Nested
    class NuRegression extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new NuSvr();
        }
    }

    @Nested
    class LinearHingeOneVersusRest extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return (Estimator) new LinearSvc().withParams(Map.of("loss", "hinge", "C", 0.1));
        }
    }
}
