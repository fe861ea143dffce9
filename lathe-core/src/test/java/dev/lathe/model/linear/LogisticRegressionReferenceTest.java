package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.LogisticRegression.ClassWeight;
import dev.lathe.model.linear.LogisticRegression.MultiClass;
import dev.lathe.model.linear.LogisticRegression.Regularization;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * Coefficients and probabilities against scikit-learn 1.2.1 on the same data
 * ({@code fixtures/logistic/sklearn_cases.json}; the README there has the code). The L2 references were
 * solved by scikit-learn's Newton solvers to a gradient below 3e-9; the L1 and elastic-net ones by saga
 * with tol 1e-10 (optimality conditions met to 1.3e-8).
 */
class LogisticRegressionReferenceTest {

    private static final JsonNode CASES = JsonFixtures.read("logistic/sklearn_cases.json").get("cases");
    /** Agreement asked for: 1e-4; the fits here agree far closer, so the tests hold them to this. */
    private static final double TOLERANCE = 1e-6;

    private static final LogisticRegression TIGHT = new LogisticRegression(1.0, Regularization.L2, 0.5, 100_000,
            1e-10, ClassWeight.NONE, true, MultiClass.AUTO);

    @Test
    void binaryL2MatchesScikitLearn() {
        check("binary_l2", TIGHT, LogisticFixtures.breastCancerStandardised(), "breast_cancer", null);
    }

    @Test
    void binaryL2WithBalancedClassesAndSampleWeightsMatchesScikitLearn() {
        double[] w = new double[569];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + i % 3;
        }
        LogisticRegression e = new LogisticRegression(0.5, Regularization.L2, 0.5, 100_000, 1e-10,
                ClassWeight.BALANCED, true, MultiClass.AUTO);
        check("binary_l2_balanced_weighted", e, LogisticFixtures.breastCancerStandardised(), "breast_cancer", w);
    }

    @Test
    void multinomialL2MatchesScikitLearn() {
        check("multinomial_l2", TIGHT, Datasets.iris().drop("species"), "iris", null);
    }

    @Test
    void oneVersusRestL2MatchesScikitLearn() {
        LogisticRegression e = new LogisticRegression(1.0, Regularization.L2, 0.5, 100_000, 1e-10,
                ClassWeight.NONE, true, MultiClass.OVR);
        check("ovr_l2", e, Datasets.iris().drop("species"), "iris", null);
    }

    @Test
    void binaryL1MatchesScikitLearnSaga() {
        LogisticRegression e = new LogisticRegression(0.1, Regularization.L1, 0.5, 100_000, 1e-10,
                ClassWeight.NONE, true, MultiClass.AUTO);
        LogisticRegression.Fitted m = check("binary_l1", e, LogisticFixtures.breastCancerStandardised(),
                "breast_cancer", null);
        long zeros = java.util.Arrays.stream(m.coefficients()[0]).filter(v -> v == 0).count();
        assertThat(zeros).as("exact zeros, as saga's 22").isEqualTo(22);
    }

    @Test
    void elasticNetMatchesScikitLearnSaga() {
        LogisticRegression e = new LogisticRegression(0.5, Regularization.ELASTICNET, 0.5, 100_000, 1e-10,
                ClassWeight.NONE, true, MultiClass.AUTO);
        check("binary_elasticnet", e, LogisticFixtures.breastCancerStandardised(), "breast_cancer", null);
    }

    /** Fits, compares coefficients, intercepts and the first five rows' probabilities; returns the model. */
    private static LogisticRegression.Fitted check(String name, LogisticRegression e, Frame x, String dataset,
                                                   double[] weights) {
        JsonNode c = CASES.get(name);
        Frame data = "iris".equals(dataset) ? Datasets.iris() : Datasets.breastCancer();
        dev.lathe.frame.Column y = data.column(dataset.equals("iris") ? "species" : "diagnosis");
        LogisticRegression.Fitted m = e.fit(x, y, weights);
        assertThat(m.converged()).isTrue();
        assertThat(m.classes()).containsExactly(JsonFixtures.strings(c.get("classes")));
        double[][] coef = m.coefficients();
        JsonNode expected = c.get("coef");
        // a two-class model has one row; scikit-learn's multinomial rows equal ours
        assertThat(coef.length).isEqualTo(expected.size());
        for (int k = 0; k < coef.length; k++) {
            assertThat(coef[k]).as("%s coefficients of output %d", name, k)
                    .containsExactly(JsonFixtures.doubles(expected.get(k)), within(TOLERANCE));
        }
        assertThat(m.intercepts()).as(name + " intercepts")
                .containsExactly(JsonFixtures.doubles(c.get("intercept")), within(TOLERANCE));
        double[][] proba = m.predictProba(x.head(5));
        for (int i = 0; i < 5; i++) {
            assertThat(proba[i]).as("%s probabilities of row %d", name, i)
                    .containsExactly(JsonFixtures.doubles(c.get("proba_head").get(i)), within(TOLERANCE));
        }
        return m;
    }

}
