package dev.lathe.model.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every naive Bayes model's joint log-likelihoods and log-probabilities agree with scikit-learn 1.2.1 to
 * 1e-9 (relative above 1) on the fixtures in {@code fixtures/bayes/} (see the README there), and partial
 * fits in two batches agree with one fit.
 */
class NaiveBayesMatchesScikitLearnTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("bayes/naive_bayes.json");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : FIXTURE.get("cases")) {
            out.add(Arguments.of(c.get("name").asText(), c));
        }
        return out.stream();
    }

    static Column labels() {
        return CategoricalColumn.of("y", JsonFixtures.strings(FIXTURE.get("y")));
    }

    private static Estimator estimator(String name, JsonNode params) {
        Estimator base = switch (name.replaceAll("_.*", "")) {
            case "gaussian" -> new GaussianNB();
            case "multinomial" -> new MultinomialNB();
            case "complement" -> new ComplementNB();
            case "bernoulli" -> new BernoulliNB();
            case "categorical" -> new CategoricalNB();
            default -> throw new IllegalArgumentException(name);
        };
        return (Estimator) base.withParams(JsonFixtures.map(params));
    }

    private static void assertClose(double[][] actual, JsonNode expected, String what) {
        for (int i = 0; i < actual.length; i++) {
            for (int k = 0; k < actual[i].length; k++) {
                double e = expected.get(i).get(k).asDouble();
                assertThat(Math.abs(actual[i][k] - e)).as("%s row %d class %d: %s vs %s", what, i, k, actual[i][k], e)
                        .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(e)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logProbabilitiesAgreeWithScikitLearn(String name, JsonNode c) {
        Frame x = JsonFixtures.rowsFrame(c.get("x"));
        Frame q = JsonFixtures.rowsFrame(c.get("query"));
        NaiveBayes m = (NaiveBayes) estimator(name, c.get("params")).fit(x, labels());
        assertClose(m.jointLogLikelihood(q), c.get("joint"), name + " joint");
        assertClose(m.predictLogProba(q), c.get("log_proba"), name + " log proba");
        String[] predicted = m.predict(q);
        for (int i = 0; i < predicted.length; i++) {
            assertThat(predicted[i]).as("%s row %d", name, i).isEqualTo(c.get("predict").get(i).asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void twoPartialFitsMatchOneFit(String name, JsonNode c) {
        Frame x = JsonFixtures.rowsFrame(c.get("x"));
        Column y = labels();
        Frame q = JsonFixtures.rowsFrame(c.get("query"));
        int[] first = java.util.stream.IntStream.range(0, 30).toArray();
        int[] rest = java.util.stream.IntStream.range(30, x.rowCount()).toArray();
        Estimator e = estimator(name, c.get("params"));
        NaiveBayes whole = (NaiveBayes) e.fit(x, y);
        NaiveBayes batches = ((NaiveBayes) e.fit(x.take(first), y.take(first))).partialFit(x.take(rest), y.take(rest));
        double[][] expected = whole.jointLogLikelihood(q);
        double[][] actual = batches.jointLogLikelihood(q);
        for (int i = 0; i < expected.length; i++) {
            for (int k = 0; k < expected[i].length; k++) {
                assertThat(Math.abs(actual[i][k] - expected[i][k]))
                        .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(expected[i][k])));
            }
        }
    }
}
