package dev.lathe.model.linear;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** Logistic regression in each of its modes passes the shared estimator checks. */
class LogisticConformanceTest {

    private static LogisticRegression with(Map<String, ?> changes) {
        return (LogisticRegression) new LogisticRegression().withParams(changes);
    }

    @Nested
    class MultinomialL2 extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new LogisticRegression();
        }
    }

    @Nested
    class OneVersusRestL1 extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return with(Map.of("penalty", "l1", "multi_class", "ovr", "C", 0.5));
        }
    }

    @Nested
    class BinaryElasticNetBalanced extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return with(Map.of("penalty", "elasticnet", "l1_ratio", 0.3, "class_weight", "balanced"));
        }

        @Override
        protected Frame data() {
            return LogisticFixtures.breastCancerStandardised()
                    .withColumn(Datasets.breastCancer().column("diagnosis"));
        }

        @Override
        protected String target() {
            return "diagnosis";
        }
    }

    @Nested
    class Unpenalised extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return with(Map.of("penalty", "none"));
        }

        /** Spector with row 5 (GRADE 1) first, so that the first rows hold both classes for the few-rows check. */
        @Override
        protected Frame data() {
            Frame spector = LogisticFixtures.spector();
            int[] order = new int[spector.rowCount()];
            order[0] = 4;
            for (int i = 1; i < order.length; i++) {
                order[i] = i <= 4 ? i - 1 : i;
            }
            return spector.take(order);
        }

        @Override
        protected String target() {
            return "GRADE";
        }

        @Override
        protected boolean needsMoreRowsThanColumns() {
            return true;
        }
    }
}
