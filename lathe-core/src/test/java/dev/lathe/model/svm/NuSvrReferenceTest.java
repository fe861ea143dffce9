package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nu-SVR against scikit-learn 1.2.1's NuSVR (LIBSVM) at tol 1e-8 (fixtures/svm-nu/README.md): the same
 * support vectors, intercept and predictions to 1e-6.
 */
class NuSvrReferenceTest {

    @Test
    void agreesWithScikitLearnOnEveryKernel() {
        JsonNode f = JsonFixtures.read("svm-nu/nu_svr.json");
        Frame x = JsonFixtures.rowsFrame(f.get("x"));
        Frame query = JsonFixtures.rowsFrame(f.get("query"));
        NumericColumn y = NumericColumn.of("y", JsonFixtures.doubles(f.get("y")));
        for (JsonNode c : f.get("cases")) {
            NuSvr estimator = (NuSvr) new NuSvr().withParams(Map.of("kernel", c.get("kernel").asText(),
                    "nu", c.get("nu").asDouble(), "C", c.get("C").asDouble(), "tol", 1e-8));
            SvrModel m = estimator.fit(x, y);
            String kernel = c.get("kernel").asText();
            assertThat(m.vectors().rows()).as(kernel).containsExactly(JsonFixtures.ints(c.get("support")));
            assertThat(m.function().intercept()).as(kernel).isCloseTo(c.get("intercept").asDouble(), within(1e-6));
            assertThat(m.predict(query)).as(kernel).containsExactly(JsonFixtures.doubles(c.get("predict")), within(1e-6));
        }
    }

    @Test
    void refusesNuOutsideItsRange() {
        assertThatThrownBy(() -> new NuSvr().withParams(Map.of("nu", 0.0))).hasMessageContaining("nu must be in (0, 1]");
        assertThatThrownBy(() -> new NuSvr().withParams(Map.of("nu", 1.5))).hasMessageContaining("got 1.5");
    }
}
