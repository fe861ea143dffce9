package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nu-SVR against scikit-learn 1.2.1's NuSVR (LIBSVM) at tol 1e-8 (fixtures/svm-nu/README.md): the same
 * support vectors, intercept and predictions to 1e-6.
 */
class NuSvrReferenceTest {

    private static JsonNode fixture() throws IOException {
        try (InputStream in = NuSvrReferenceTest.class.getResourceAsStream("/fixtures/svm-nu/nu_svr.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Frame frame(JsonNode rows) {
        double[][] cols = new double[rows.get(0).size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.length; j++) {
                cols[j][i] = rows.get(i).get(j).asDouble();
            }
        }
        return Frame.of(NumericColumn.wrap("a", cols[0]), NumericColumn.wrap("b", cols[1]),
                NumericColumn.wrap("c", cols[2]));
    }

    @Test
    void agreesWithScikitLearnOnEveryKernel() throws IOException {
        JsonNode f = fixture();
        Frame x = frame(f.get("x"));
        Frame query = frame(f.get("query"));
        NumericColumn y = NumericColumn.of("y", SvmFixtures.doubles(f.get("y")));
        for (JsonNode c : f.get("cases")) {
            NuSvr estimator = (NuSvr) new NuSvr().withParams(Map.of("kernel", c.get("kernel").asText(),
                    "nu", c.get("nu").asDouble(), "C", c.get("C").asDouble(), "tol", 1e-8));
            SvrModel m = estimator.fit(x, y);
            String kernel = c.get("kernel").asText();
            assertThat(m.vectors().rows()).as(kernel).containsExactly(SvmFixtures.ints(c.get("support")));
            assertThat(m.function().intercept()).as(kernel).isCloseTo(c.get("intercept").asDouble(), within(1e-6));
            assertThat(m.predict(query)).as(kernel).containsExactly(SvmFixtures.doubles(c.get("predict")), within(1e-6));
        }
    }

    @Test
    void refusesNuOutsideItsRange() {
        assertThatThrownBy(() -> new NuSvr().withParams(Map.of("nu", 0.0))).hasMessageContaining("nu must be in (0, 1]");
        assertThatThrownBy(() -> new NuSvr().withParams(Map.of("nu", 1.5))).hasMessageContaining("got 1.5");
    }
}
