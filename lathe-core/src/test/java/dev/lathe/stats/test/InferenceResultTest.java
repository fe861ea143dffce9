package dev.lathe.stats.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shared result type: its checks, the decision rule and the one-line interpretation. */
class InferenceResultTest {

    private static InferenceResult.Builder welch(double p) {
        return InferenceResult.builder("Welch two-sample t-test", "t", -1.8608134674868526, p)
                .df(17.776473516178488).alternative(Alternative.TWO_SIDED)
                .nullHypothesis("the two means are equal");
    }

    @Test
    void interpretationStatesDecisionStatisticAndP() {
        InferenceResult r = welch(0.0793941401873583)
                .effectSize(NamedInterval.point("cohen_d", -0.832)).build();
        assertThat(r.interpretation(0.05)).isEqualTo(
                "do not reject at alpha = 0.05 that the two means are equal (two-sided): t(17.78) = -1.861, p = 0.07939, cohen_d = -0.832");
        assertThat(r.interpretation(0.1)).startsWith("reject at alpha = 0.1 that");
        assertThat(welch(3.2e-9).build().interpretation(0.01)).contains("p = 3.2E-9");
    }

    @Test
    void fStatisticsShowBothDegreesOfFreedom() {
        InferenceResult r = InferenceResult.builder("one-way ANOVA", "F", 7.121019471642447, 0.0002812242314534544)
                .df(4, 34).nullHypothesis("all group means are equal").build();
        assertThat(r.interpretation(0.05)).isEqualTo(
                "reject at alpha = 0.05 that all group means are equal: F(4, 34) = 7.121, p = 0.0002812");
    }

    @Test
    void rejectsAtTheLevelItself() {
        assertThat(welch(0.05).build().rejects(0.05)).isTrue();
        assertThat(welch(0.0500001).build().rejects(0.05)).isFalse();
    }

    @Test
    void extrasKeepTheirOrderAndCannotBeChanged() {
        InferenceResult r = welch(0.08).extra("mean_x", 0.75).extra("mean_y", 2.33).build();
        assertThat(r.extras()).containsExactly(java.util.Map.entry("mean_x", 0.75), java.util.Map.entry("mean_y", 2.33));
        assertThatThrownBy(() -> r.extras().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesImpossibleResults() {
        assertThatThrownBy(() -> welch(1.5).build()).hasMessageContaining("p-value must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> welch(Double.NaN).build()).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> InferenceResult.builder("t", "t", 1, 0.5).build())
                .hasMessageContaining("null hypothesis must be stated");
        assertThatThrownBy(() -> welch(0.5).build().rejects(1.0)).hasMessageContaining("alpha must be in (0, 1)");
        assertThatThrownBy(() -> new NamedInterval("d", 0.1, 0.5, 0.2, 0.95)).hasMessageContaining("low 0.5 above high 0.2");
        assertThatThrownBy(() -> new NamedInterval("d", 0.1, 0, 0.2, 95)).hasMessageContaining("must be in (0, 1)");
    }

    @Test
    void alternativesReadAsUsersTypeThemAndCombineTails() {
        assertThat(Alternative.parse("two.sided")).isEqualTo(Alternative.TWO_SIDED);
        assertThat(Alternative.parse("Greater")).isEqualTo(Alternative.GREATER);
        assertThatThrownBy(() -> Alternative.parse("bigger")).hasMessageContaining("'bigger'");
        assertThat(Alternative.TWO_SIDED.pValue(0.03, 0.98)).isEqualTo(0.06);
        assertThat(Alternative.TWO_SIDED.pValue(0.7, 0.6)).isEqualTo(1.0);
        assertThat(Alternative.LESS.pValue(0.03, 0.98)).isEqualTo(0.03);
        assertThat(Alternative.GREATER.pValue(0.03, 0.98)).isEqualTo(0.98);
    }
}
