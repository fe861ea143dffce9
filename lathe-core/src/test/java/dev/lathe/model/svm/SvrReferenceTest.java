package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.testing.JsonFixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Epsilon-SVR against scikit-learn 1.2.1's SVR on standardised diabetes (fixtures/svm/README.md), at its
 * default tol 1e-3: the same support vectors; dual coefficients, intercept and predictions to 1e-3 relative to
 * the target's scale (its values run to 346, so 1e-3 of C or of the largest prediction).
 */
class SvrReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"diabetes_rbf", "diabetes_linear"})
    void agreesWithScikitLearn(String name) {
        JsonNode c = SvmFixtures.fixtureCase("svr", name);
        Frame data = SvmFixtures.standardised(Datasets.diabetes(), "progression");
        Frame x = data.drop("progression");
        Map<String, Object> params = new HashMap<>();
        c.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().isNumber()
                ? (Object) e.getValue().asDouble() : e.getValue().asText()));
        SvrModel m = ((Svr) new Svr().withParams(params)).fit(x, data.column("progression"));

        assertThat(m.vectors().rows()).containsExactly(JsonFixtures.ints(c.get("support")));
        double scaleC = c.get("params").get("C").asDouble();
        assertThat(m.function().coef()).containsExactly(JsonFixtures.doubles(c.get("dual_coef")),
                within(1e-3 * scaleC));
        assertThat(m.function().intercept()).isCloseTo(c.get("intercept").asDouble(), within(0.346));
        assertThat(m.predict(x)).containsExactly(JsonFixtures.doubles(c.get("predict")), within(0.346));
    }
}
