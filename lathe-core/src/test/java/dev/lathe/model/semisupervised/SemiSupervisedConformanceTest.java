package dev.lathe.model.semisupervised;

import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import dev.lathe.model.bayes.GaussianNB;
import org.junit.jupiter.api.Nested;

/** The semi-supervised estimators pass the shared estimator checks (on fully labelled iris). */
class SemiSupervisedConformanceTest {

    @Nested
    class SelfTraining extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new SelfTrainingClassifier(new GaussianNB());
        }
    }

    @Nested
    class PropagationRbf extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new LabelPropagation(GraphKernel.RBF, 2, 7, 1000, 1e-3);
        }
    }

    @Nested
    class SpreadingKnn extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new LabelSpreading(GraphKernel.KNN, 20, 7, 0.2, 30, 1e-3);
        }
    }
}
