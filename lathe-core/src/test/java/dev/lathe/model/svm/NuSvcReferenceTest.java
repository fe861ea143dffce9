package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Nu-SVC against scikit-learn 1.2.1's NuSVC (LIBSVM) at tol 1e-8 on three classes (fixtures/svm-nu/README.md):
 * the same support vectors and one-vs-one decision values to 1e-4 (LIBSVM caches kernel values as 32-bit floats;
 * the issue asks 1e-3).
 */
class NuSvcReferenceTest {

    @Test
    void agreesWithScikitLearnOnEveryKernel() {
        JsonNode f = JsonFixtures.read("svm-nu/nu_svc.json");
        Frame x = JsonFixtures.rowsFrame(f.get("x"));
        Frame query = JsonFixtures.rowsFrame(f.get("query"));
        String[] labels = JsonFixtures.strings(f.get("y"));
        for (JsonNode c : f.get("cases")) {
            String kernel = c.get("kernel").asText();
            NuSvc estimator = (NuSvc) new NuSvc().withParams(Map.of("kernel", kernel, "nu", c.get("nu").asDouble(), "coef0", c.get("coef0").asDouble(),
                    "tol", 1e-8, "probability", false));
            SvcModel m = estimator.fit(x, CategoricalColumn.of("y", labels));
            assertThat(new TreeSet<>(IntStream.of(m.vectors().rows()).boxed().toList())).as(kernel)
                    .containsExactlyElementsOf(IntStream.of(JsonFixtures.ints(c.get("support"))).boxed().toList());
            double[][] decision = m.pairwiseDecision(query);
            for (int i = 0; i < decision.length; i++) {
                for (int k = 0; k < 3; k++) {
                    assertThat(decision[i][k]).as("%s row %d pair %d", kernel, i, k)
                            .isCloseTo(c.get("decision_ovo").get(i).get(k).asDouble(), within(1e-4));
                }
            }
        }
    }

    @Test
    void refusesAnInfeasibleNu() {
        Frame x = Frame.of(NumericColumn.wrap("a", new double[] {0, 1, 2, 3, 4, 5}));
        CategoricalColumn y = CategoricalColumn.of("y", new String[] {"p", "q", "q", "q", "q", "q"});
        assertThatThrownBy(() -> new NuSvc().fit(x, y)).hasMessageContaining("nu 0.5 is infeasible for classes 'p' "
                + "(1 rows) and 'q' (5 rows)");
        assertThatThrownBy(() -> new NuSvc().withParams(Map.of("nu", 0.0))).hasMessageContaining("nu must be in (0, 1]");
    }
}
