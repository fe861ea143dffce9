package dev.lathe.model.linear;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import org.junit.jupiter.api.Nested;

/**
 * Quantile regression passes the shared estimator checks (on the diabetes data, 10 features). Without an
 * intercept it cannot fit the suite's constant target, so that variant is tested in QuantileRegressionTest.
 */
class QuantileRegressionConformanceTest {

    @Nested
    class Median extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new QuantileRegression();
        }

        @Override
        protected boolean needsMoreRowsThanColumns() {
            return true;
        }
    }

    @Nested
    class UpperDecile extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new QuantileRegression(0.9);
        }

        @Override
        protected boolean needsMoreRowsThanColumns() {
            return true;
        }
    }
}
