package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LassoCV and ElasticNetCV against scikit-learn's with KFold(5) on the synthetic sparse set (enet_cv.json). */
class ElasticNetCVTest {

    private static final JsonNode REF = JsonFixtures.read("linear/enet_cv.json");
    private static final Frame SPARSE = CsvFixtures.read("linear/sparse.csv");
    private static final Frame X = SPARSE.drop("y");
    private static final Column Y = SPARSE.column("y");

    @Test
    void lassoCvChoosesScikitLearnsAlpha() {
        ElasticNetCVModel m = new LassoCV(List.of(), 100, 1e-3, true, 1_000_000, 1e-12, 5, false, 0).fit(X, Y);
        JsonNode ref = REF.get("sparse_lasso_cv");
        assertClose(m.alphas()[0], JsonFixtures.doubles(ref.get("alphas")), 1e-13);
        assertClose(m.cvMse()[0], JsonFixtures.doubles(ref.get("mse")), 1e-9);
        assertThat(m.alpha()).isCloseTo(ref.get("alpha").asDouble(), within(1e-13 * m.alpha()));
        assertThat(m.l1Ratio()).isEqualTo(1.0);
        assertThat(m.pathFitsNotConverged()).isZero();
        assertThat(Fixtures.maxAbsDifference(m, ref)).isLessThan(1e-8);
    }

    @Test
    void elasticNetCvChoosesScikitLearnsAlphaAndL1Ratio() {
        List<Double> ratios = List.of(0.1, 0.5, 0.9, 1.0);
        ElasticNetCVModel m = new ElasticNetCV(ratios, List.of(), 100, 1e-3, true, 1_000_000, 1e-12, 5, false, 0)
                .fit(X, Y);
        JsonNode ref = REF.get("sparse_enet_cv");
        for (int l = 0; l < ratios.size(); l++) {
            assertClose(m.alphas()[l], JsonFixtures.doubles(ref.get("alphas").get(l)), 1e-13);
            assertClose(m.cvMse()[l], JsonFixtures.doubles(ref.get("mse").get(l)), 1e-9);
        }
        assertThat(m.l1Ratio()).isEqualTo(ref.get("l1_ratio").asDouble());
        assertThat(m.alpha()).isCloseTo(ref.get("alpha").asDouble(), within(1e-13 * m.alpha()));
        assertThat(Fixtures.maxAbsDifference(m, ref)).isLessThan(1e-8);
    }

    @Test
    void givenAlphasAreTriedLargestFirstAndL1RatioZeroNeedsThem() {
        ElasticNetCVModel m = new ElasticNetCV(List.of(0.0, 0.5), List.of(0.01, 1.0, 0.1), 100, 1e-3, true, 10_000,
                1e-8, 3, true, 5).fit(X, Y);
        assertThat(m.alphas()[0]).containsExactly(1.0, 0.1, 0.01);
        assertThat(m.alphas()[1]).containsExactly(1.0, 0.1, 0.01);
        assertThatThrownBy(() -> new ElasticNetCV(List.of(0.0), List.of(), 100, 1e-3, true, 10, 1e-4, 3, true, 0))
                .hasMessageContaining("l1_ratio 0 needs explicit alphas");
    }

    @Test
    void seededFoldsAreReproducible() {
        LassoCV cv = new LassoCV(List.of(), 20, 1e-2, true, 1000, 1e-6, 4, true, 11);
        assertThat(cv.fit(X, Y).cvMse()[0]).containsExactly(cv.fit(X, Y).cvMse()[0]);
    }

    @Test
    void badHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new ElasticNetCV(List.of(), List.of(), 100, 1e-3, true, 10, 1e-4, 3, true, 0))
                .hasMessageContaining("l1_ratio must list at least one");
        assertThatThrownBy(() -> new ElasticNetCV(List.of(0.5, 2.0), List.of(), 100, 1e-3, true, 10, 1e-4, 3, true,
                0)).hasMessage("l1_ratio[1] must be in [0.0, 1.0], got 2.0");
        assertThatThrownBy(() -> new LassoCV(List.of(-1.0), 100, 1e-3, true, 10, 1e-4, 3, true, 0))
                .hasMessageContaining("alphas[0]").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new LassoCV(List.of(), 0, 1e-3, true, 10, 1e-4, 3, true, 0))
                .hasMessage("n_alphas must be at least 1, got 0");
        assertThatThrownBy(() -> new LassoCV(List.of(), 100, 0, true, 10, 1e-4, 3, true, 0))
                .hasMessageContaining("eps");
        assertThatThrownBy(() -> new LassoCV(List.of(), 100, 1e-3, true, 10, 1e-4, 1, true, 0))
                .hasMessage("cv must be at least 2, got 1");
    }

    private static void assertClose(double[] actual, double[] expected, double relative) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("entry %d", i).isCloseTo(expected[i], within(relative * Math.abs(expected[i])));
        }
    }
}
