package dev.lathe.model.linear;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * Every linear estimator passes the shared estimator checks on diabetes. Least squares needs at least as
 * many rows as coefficients; the penalised models do not (they fit with more features than rows, as
 * scikit-learn's do), so only the least-squares ones assert that error.
 */
class LinearConformanceTest {

    @Nested
    class OrdinaryLeastSquaresConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new LinearRegression();
        }

        @Override
        protected boolean needsMoreRowsThanColumns() {
            return true;
        }
    }

    @Nested
    class RidgeConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new Ridge();
        }
    }

    @Nested
    class RidgeCVConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new RidgeCV();
        }
    }

    @Nested
    class RidgeKFoldConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new RidgeCV(List.of(0.1, 1.0, 10.0), true, 3, true, 7);
        }
    }

    @Nested
    class LassoConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new Lasso();
        }
    }

    @Nested
    class ElasticNetConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new ElasticNet();
        }
    }

    @Nested
    class LassoCVConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new LassoCV();
        }
    }

    @Nested
    class ElasticNetCVConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new ElasticNetCV(List.of(0.2, 0.8), List.of(), 30, 1e-3, true, 1000, 1e-4, 3,
                    true, 1);
        }
    }

    @Nested
    class PolynomialConformance extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new PolynomialRegression();
        }

        /** Diabetes without {@code sex}, whose two values make its square a combination of it and the intercept. */
        @Override
        protected Frame data() {
            return Datasets.diabetes().drop("sex");
        }

        @Override
        protected boolean needsMoreRowsThanColumns() {
            return true;
        }
    }
}
