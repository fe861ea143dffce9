package dev.lathe.model.bayes;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.EstimatorConformance;
import org.junit.jupiter.api.Nested;

/** Every naive Bayes estimator passes the shared estimator checks (iris; its measurements are non-negative). */
class NaiveBayesConformanceTest {

    @Nested
    class Gaussian extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new GaussianNB();
        }
    }

    @Nested
    class Multinomial extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new MultinomialNB();
        }
    }

    @Nested
    class Complement extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new ComplementNB();
        }
    }

    @Nested
    class Bernoulli extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new BernoulliNB(1.0, 3.0, true, java.util.List.of(0.2, 0.3, 0.5));
        }
    }

    @Nested
    class Categorical extends EstimatorConformance {
        @Override
        protected Estimator estimator() {
            return new CategoricalNB();
        }

        /** Iris measurements in whole centimetres, as category codes. */
        @Override
        protected Frame data() {
            Frame iris = Datasets.iris();
            Frame out = iris;
            for (String name : iris.names()) {
                if (iris.column(name) instanceof dev.lathe.frame.NumericColumn n) {
                    double[] v = n.toArray();
                    for (int i = 0; i < v.length; i++) {
                        v[i] = Math.floor(v[i]);
                    }
                    out = out.withColumn(dev.lathe.frame.NumericColumn.wrap(name, v));
                }
            }
            return out;
        }
    }
}
