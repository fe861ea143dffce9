package dev.lathe.model.kernel;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import org.junit.jupiter.api.Nested;

/** Kernel regression and LOESS pass the shared estimator checks (LOESS on diabetes' bmi, age beside it). */
class KernelConformanceTest {

    @Nested
    class NadarayaWatson extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new KernelRegression(Kernel.EPANECHNIKOV, null, 20);
        }
    }

    @Nested
    class LoessConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new Loess(0.5, 2, "bmi");
        }

        @Override
        protected Frame data() {
            return Datasets.diabetes().select("age", "bmi", "progression");
        }
    }
}
