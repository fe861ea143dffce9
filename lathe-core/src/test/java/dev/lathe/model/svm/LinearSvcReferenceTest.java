package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The linear SVM against scikit-learn 1.2.1's {@code LinearSVC(dual=True)} (LIBLINEAR), both solved to tol
 * 1e-10 (fixtures/svm/README.md): coefficients and intercepts to 1e-3 (in practice to about 1e-8).
 */
class LinearSvcReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"cancer_squared_hinge", "cancer_hinge", "iris_ovr_squared_hinge"})
    void agreesWithScikitLearn(String name) {
        JsonNode c = SvmFixtures.fixtureCase("linear_svc", name);
        Frame data = name.startsWith("cancer")
                ? SvmFixtures.standardised(Datasets.breastCancer(), "diagnosis")
                : SvmFixtures.standardised(Datasets.iris(), "species");
        String target = name.startsWith("cancer") ? "diagnosis" : "species";
        LinearSvc svc = (LinearSvc) new LinearSvc().withParams(Map.of("loss", c.get("params").get("loss").asText(),
                "C", c.get("params").get("C").asDouble(), "tol", 1e-10, "max_iter", 1_000_000));
        LinearSvcModel m = svc.fit(data.drop(target), data.column(target));
        assertThat(m.converged()).isTrue();
        for (int k = 0; k < m.intercepts().length; k++) {
            assertThat(m.coefficients()[k]).containsExactly(JsonFixtures.doubles(c.get("coef").get(k)), within(1e-6));
            assertThat(m.intercepts()[k]).isCloseTo(c.get("intercept").get(k).asDouble(), within(1e-6));
        }
    }

    @Test
    void cAtMostZeroIsAClearError() {
        assertThatThrownBy(() -> new LinearSvc().withParams(Map.of("C", -1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C must be a finite number greater than 0");
    }
}
