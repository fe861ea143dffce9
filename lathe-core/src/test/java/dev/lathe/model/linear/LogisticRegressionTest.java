package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.data.Synthetic;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of the fits that need no outside reference: weights, thread counts, equivalent forms. */
class LogisticRegressionTest {

    private static LogisticRegression tight(Map<String, ?> changes) {
        return (LogisticRegression) new LogisticRegression(1.0, LogisticRegression.Regularization.L2, 0.5, 100_000,
                1e-10, LogisticRegression.ClassWeight.NONE, true, LogisticRegression.MultiClass.AUTO)
                .withParams(changes);
    }

    private static final Frame BC = LogisticFixtures.breastCancerStandardised();
    private static final Column DIAGNOSIS = Datasets.breastCancer().column("diagnosis");

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        Frame data = Synthetic.classification(30_000, 6, 2, 4, 3, null, 0.05, 11);
        Frame x = data.drop("y");
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            LogisticRegression.Fitted one = new LogisticRegression().fit(x, data.column("y"));
            Parallelism.setThreads(3);
            LogisticRegression.Fitted three = new LogisticRegression().fit(x, data.column("y"));
            assertThat(three.coefficients()).isDeepEqualTo(one.coefficients());
            assertThat(three.intercepts()).isEqualTo(one.intercepts());
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void wholeSampleWeightsEqualRepeatedRows() {
        int n = BC.rowCount();
        double[] w = new double[n];
        int[] repeated = new int[n + n / 3 + 1];
        int r = 0;
        for (int i = 0; i < n; i++) {
            w[i] = i % 3 == 0 ? 2 : 1;
            repeated[r++] = i;
            if (i % 3 == 0) {
                repeated[r++] = i;
            }
        }
        LogisticRegression e = tight(Map.of());
        LogisticRegression.Fitted weighted = e.fit(BC, DIAGNOSIS, w);
        int[] rows = Arrays.copyOf(repeated, r);
        LogisticRegression.Fitted copies = e.fit(BC.take(rows), DIAGNOSIS.take(rows));
        assertThat(weighted.coefficients()[0]).containsExactly(copies.coefficients()[0], within(1e-8));
        assertThat(weighted.intercepts()[0]).isCloseTo(copies.intercepts()[0], within(1e-8));
    }

    @Test
    void balancedClassWeightsEqualExplicitWeights() {
        // 357 benign, 212 malignant: weights 569 / (2 * count)
        double[] w = new double[BC.rowCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = DIAGNOSIS.format(i).equals("benign") ? 569.0 / 714 : 569.0 / 424;
        }
        LogisticRegression.Fitted balanced = tight(Map.of("class_weight", "balanced")).fit(BC, DIAGNOSIS);
        LogisticRegression.Fitted explicit = tight(Map.of()).fit(BC, DIAGNOSIS, w);
        assertThat(balanced.coefficients()[0]).containsExactly(explicit.coefficients()[0], within(1e-9));
    }

    @Test
    void aTwoClassSoftmaxIsTheBinaryModelWithTwiceTheC() {
        // rows w0 = -w1 at the optimum, so the penalty on the difference is halved
        LogisticRegression.Fitted softmax = tight(Map.of("multi_class", "multinomial")).fit(BC, DIAGNOSIS);
        LogisticRegression.Fitted binary = tight(Map.of("C", 2.0)).fit(BC, DIAGNOSIS);
        assertThat(softmax.coefficients()).hasNumberOfRows(2);
        double[][] ps = softmax.predictProba(BC);
        double[][] pb = binary.predictProba(BC);
        for (int i = 0; i < ps.length; i++) {
            assertThat(ps[i]).containsExactly(pb[i], within(1e-8));
        }
    }

    @Test
    void withoutAnInterceptTheInterceptsAreZero() {
        LogisticRegression.Fitted m = tight(Map.of("fit_intercept", false)).fit(BC, DIAGNOSIS);
        assertThat(m.intercepts()).containsExactly(0.0);
        assertThat(m.converged()).isTrue();
    }

    @Test
    void aStrongerL1PenaltyKeepsFewerFeatures() {
        long previous = Long.MAX_VALUE;
        for (double c : new double[] {1, 0.1, 0.02}) {
            double[] w = tight(Map.of("penalty", "l1", "C", c)).fit(BC, DIAGNOSIS).coefficients()[0];
            long kept = Arrays.stream(w).filter(v -> v != 0).count();
            assertThat(kept).as("C = %s", c).isLessThan(previous);
            previous = kept;
        }
    }

    @Test
    void aMultinomialL1FitMeetsTheOptimalityConditions() {
        // no outside reference here: check the subgradient conditions of mean loss + alpha ||W||_1 directly
        Frame iris = Datasets.iris();
        Column species = iris.column("species");
        Frame x = new dev.lathe.prep.scale.StandardScaler().fit(iris.drop("species"), null)
                .transform(iris.drop("species"));
        LogisticRegression.Fitted m = tight(Map.of("penalty", "l1", "C", 0.5)).fit(x, species);
        double[][] w = m.coefficients();
        double[] theta = new double[15];
        for (int k = 0; k < 3; k++) {
            System.arraycopy(w[k], 0, theta, 4 * k, 4);
            theta[12 + k] = m.intercepts()[k];
        }
        double[] ones = new double[150];
        Arrays.fill(ones, 1);
        int[] codes = dev.lathe.model.Targets.classes(species).codes();
        double[] g = new double[15];
        new LogisticLoss(dev.lathe.model.Features.matrix(x), codes, ones, 3, true,
                dev.lathe.loss.Penalty.none()).valueAndGradient(theta, g);
        double alpha = 1 / (0.5 * 150);
        int zeros = 0;
        for (int j = 0; j < 12; j++) {
            if (theta[j] == 0) {
                zeros++;
                assertThat(Math.abs(g[j])).as("coefficient %d", j).isLessThanOrEqualTo(alpha + 1e-9);
            } else {
                assertThat(g[j] + alpha * Math.signum(theta[j])).as("coefficient %d", j).isCloseTo(0, within(1e-9));
            }
        }
        for (int k = 12; k < 15; k++) {
            assertThat(g[k]).as("intercept %d", k - 12).isCloseTo(0, within(1e-9));
        }
        assertThat(zeros).as("the penalty zeroes some coefficients").isPositive();
    }

    @Test
    void anIterationLimitIsReportedNotHidden() {
        LogisticRegression.Fitted m = new LogisticRegression(1.0, LogisticRegression.Regularization.L2, 0.5, 2, 1e-10,
                LogisticRegression.ClassWeight.NONE, true, LogisticRegression.MultiClass.AUTO).fit(BC, DIAGNOSIS);
        assertThat(m.converged()).isFalse();
        assertThat(m.iterations()).isEqualTo(2);
    }

    @Test
    void predictsTheMostProbableLabel() {
        Frame iris = Datasets.iris();
        LogisticRegression.Fitted m = new LogisticRegression().fit(iris.drop("species"), iris.column("species"));
        String[] predicted = m.predict(iris.drop("species"));
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i].equals(iris.column("species").format(i)) ? 1 : 0;
        }
        assertThat(right).as("training accuracy, 0.973 in scikit-learn").isEqualTo(146);
    }
}
