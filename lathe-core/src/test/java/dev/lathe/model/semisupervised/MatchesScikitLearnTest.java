package dev.lathe.model.semisupervised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.model.bayes.GaussianNB;
import dev.lathe.testing.JsonFixtures;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Label propagation, label spreading and self-training against scikit-learn 1.2.1 on the same data
 * (fixtures/semisupervised): identical labels for every training row, the same iteration counts, and
 * distributions and probabilities to 1e-9.
 */
class MatchesScikitLearnTest {

    private static final JsonNode F = SemiSupervisedFixture.JSON;
    private static final Frame X = JsonFixtures.rowsFrame(F.get("x"));
    private static final Frame Q = JsonFixtures.rowsFrame(F.get("query"));

    @Test
    void graphMethodsAgreeWithScikitLearn() {
        int cases = 0;
        for (JsonNode c : F.get("graph")) {
            GraphKernel kernel = GraphKernel.valueOf(c.get("kernel").asText().toUpperCase(Locale.ROOT));
            double gamma = c.get("gamma").asDouble();
            int k = c.get("n_neighbors").asInt();
            int maxIter = c.get("max_iter").asInt();
            double tol = c.get("tol").asDouble();
            GraphLabelModel m = c.get("variant").asText().equals("LabelPropagation")
                    ? new LabelPropagation(kernel, gamma, k, maxIter, tol).fit(X, SemiSupervisedFixture.target())
                    : new LabelSpreading(kernel, gamma, k, c.get("alpha").asDouble(), maxIter, tol)
                            .fit(X, SemiSupervisedFixture.target());
            String name = c.get("name").asText();
            assertThat(m.transduction()).as(name).containsExactly(JsonFixtures.strings(c.get("transduction")));
            assertThat(m.iterations()).as(name).isEqualTo(c.get("n_iter").asInt());
            double[][] dist = m.labelDistributions();
            for (int i = 0; i < dist.length; i++) {
                assertThat(dist[i]).as(name + " row " + i).containsExactly(
                        JsonFixtures.doubles(c.get("label_distributions").get(i)), within(1e-9));
            }
            if (!c.get("proba").isNull()) {
                double[][] p = m.predictProba(Q);
                for (int i = 0; i < p.length; i++) {
                    assertThat(p[i]).as(name + " query " + i).containsExactly(
                            JsonFixtures.doubles(c.get("proba").get(i)), within(1e-9));
                }
            }
            cases++;
        }
        assertThat(cases).isEqualTo(6);
    }

    @Test
    void selfTrainingAgreesWithScikitLearn() {
        JsonNode data = F.get("self_training");
        Frame x = JsonFixtures.rowsFrame(data.get("x"));
        for (JsonNode c : data.get("cases")) {
            SelfTrainingClassifier.Criterion criterion = SelfTrainingClassifier.Criterion.valueOf(
                    c.get("criterion").asText().toUpperCase(Locale.ROOT));
            SelfTrainingModel m = new SelfTrainingClassifier(new GaussianNB(), criterion, c.get("threshold").asDouble(),
                    c.get("k_best").asInt(), c.get("max_iter").asInt()).fit(x, SemiSupervisedFixture.target(data.get("y")));
            String name = c.get("name").asText();
            assertThat(m.rounds()).as(name).isEqualTo(c.get("n_iter").asInt());
            assertThat(m.termination()).as(name).isEqualTo(c.get("termination").asText());
            int[] expected = new int[c.get("labeled_iter").size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = c.get("labeled_iter").get(i).asInt();
            }
            assertThat(m.labelledIn()).as(name).containsExactly(expected);
            double[][] p = m.predictProba(Q);
            for (int i = 0; i < p.length; i++) {
                assertThat(p[i]).as(name + " query " + i).containsExactly(
                        JsonFixtures.doubles(c.get("proba").get(i)), within(1e-9));
            }
        }
    }
}
