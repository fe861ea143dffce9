package dev.lathe.stats.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Two-way ANOVA with interaction on an unbalanced design against statsmodels 0.13.5
 * {@code anova_lm(ols("y ~ C(a, Sum) * C(b, Sum)"), typ=2|3)} (fixture anova.json, "two_way").
 */
class TwoWayAnovaTest {

    @ParameterizedTest
    @EnumSource(SumOfSquares.class)
    void everyTermMatchesStatsmodels(SumOfSquares type) {
        JsonNode d = AnovaFixture.root().get("two_way");
        TwoWayAnova.Table t = TwoWayAnova.test("a", JsonFixtures.strings(d.get("a")), "b", JsonFixtures.strings(d.get("b")),
                JsonFixtures.doubles(d.get("y")), type);
        JsonNode want = d.get(type == SumOfSquares.TYPE_2 ? "type2" : "type3");
        assertThat(t.rows().stream().map(TwoWayAnova.Row::term).toList())
                .isEqualTo(type == SumOfSquares.TYPE_2 ? List.of("a", "b", "a:b", "residual")
                        : List.of("intercept", "a", "b", "a:b", "residual"));
        for (TwoWayAnova.Row r : t.rows()) {
            JsonNode w = want.get(r.term());
            assertThat(r.sumSq()).as("SS %s", r.term()).isCloseTo(w.get("sum_sq").asDouble(), within(1e-10 * w.get("sum_sq").asDouble()));
            assertThat((double) r.df()).as("df %s", r.term()).isEqualTo(w.get("df").asDouble());
            if (!w.get("F").isNull()) {
                assertThat(r.f()).as("F %s", r.term()).isCloseTo(w.get("F").asDouble(), within(1e-10 * w.get("F").asDouble()));
                double p = w.get("p_value").asDouble();
                assertThat(r.pValue()).as("p %s", r.term()).isCloseTo(p, within(1e-9 * p));
                assertThat(r.partialEtaSquared()).isCloseTo(r.sumSq() / (r.sumSq() + t.row("residual").sumSq()), within(1e-15));
            }
        }
        // the types differ on this unbalanced design: a's sum of squares 18.61 (II) against 26.37 (III)
        assertThat(want.get("a").get("sum_sq").asDouble()).isNotCloseTo(
                d.get(type == SumOfSquares.TYPE_2 ? "type3" : "type2").get("a").get("sum_sq").asDouble(), within(1.0));
    }

    @Test
    void refusesAnEmptyCellASingleLevelAndNoResidualDegreesOfFreedom() {
        String[] a = {"x", "x", "y", "y", "x"};
        String[] b = {"p", "p", "p", "p", "p"};
        double[] y = {1, 2, 3, 4, 5};
        assertThatThrownBy(() -> TwoWayAnova.test("A", a, "B", b, y, SumOfSquares.TYPE_2))
                .hasMessageContaining("factor B has a single level [p]");
        String[] b2 = {"p", "q", "p", "p", "p"};
        assertThatThrownBy(() -> TwoWayAnova.test("A", a, "B", b2, y, SumOfSquares.TYPE_3))
                .hasMessageContaining("no observation has A = y and B = q");
        String[] a3 = {"x", "x", "y", "y"};
        String[] b3 = {"p", "q", "p", "q"};
        assertThatThrownBy(() -> TwoWayAnova.test("A", a3, "B", b3, new double[] {1, 2, 3, 4}, SumOfSquares.TYPE_2))
                .hasMessageContaining("4 observations in 4 cells leave no residual degrees of freedom");
        assertThatThrownBy(() -> TwoWayAnova.test("A", a3, "B", b3, new double[] {1, Double.NaN, 3, 4}, SumOfSquares.TYPE_2))
                .hasMessageContaining("row 2").hasMessageContaining("y = NaN");
        assertThatThrownBy(() -> SumOfSquares.parse("4")).hasMessageContaining("'4'").hasMessageContaining("expected 2 or 3");
        assertThat(SumOfSquares.parse("III")).isEqualTo(SumOfSquares.TYPE_3);
    }
}
