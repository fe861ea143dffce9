package dev.lathe.stats.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13 item 14 for the k-group tests: a single group, too few observations, no variance, bad values. */
class OneWayBadInputTest {

    private static final double[] A = {1.0, 2.0, 3.0};
    private static final double[] B = {2.0, 4.0, 5.0};

    @Test
    void aSingleGroupIsRefusedByEveryTest() {
        assertThatThrownBy(() -> OneWayAnova.test(null, A)).hasMessage("one-way ANOVA needs at least two groups, got 1");
        assertThatThrownBy(() -> WelchAnova.test(null, A)).hasMessageContaining("Welch's ANOVA needs at least two groups, got 1");
        assertThatThrownBy(() -> KruskalWallis.test(null, A)).hasMessageContaining("at least two groups");
        assertThatThrownBy(() -> Levene.test(Levene.Center.MEDIAN, null, A)).hasMessageContaining("Brown-Forsythe test needs at least two groups");
        assertThatThrownBy(() -> Bartlett.test(null, A)).hasMessageContaining("at least two groups");
        assertThatThrownBy(() -> TukeyHsd.test(null, 0.95, A)).hasMessageContaining("at least two groups");
    }

    @Test
    void aGroupWithOneObservationIsNamed() {
        assertThatThrownBy(() -> OneWayAnova.test(List.of("control", "treated"), A, new double[] {4}))
                .hasMessage("one-way ANOVA: group 'treated' has 1 observation, expected at least 2");
        assertThatThrownBy(() -> WelchAnova.test(null, new double[0], B))
                .hasMessage("Welch's ANOVA: group '1' has 0 observations, expected at least 2");
        assertThatThrownBy(() -> KruskalWallis.test(null, new double[0], B))
                .hasMessage("Kruskal-Wallis test: group '1' has 0 observations, expected at least 1");
    }

    @Test
    void noVarianceAnywhereIsRefused() {
        double[] c = {2, 2, 2};
        double[] d = {5, 5};
        assertThatThrownBy(() -> OneWayAnova.test(null, c, d)).hasMessageContaining("every group is constant");
        assertThatThrownBy(() -> TukeyHsd.test(null, 0.95, c, d)).hasMessageContaining("every group is constant");
        assertThatThrownBy(() -> WelchAnova.test(List.of("x", "y"), A, c)).hasMessageContaining("group 'y' has no variance");
        assertThatThrownBy(() -> Bartlett.test(null, c, A)).hasMessageContaining("group '1' has no variance");
        assertThatThrownBy(() -> Levene.test(Levene.Center.MEAN, null, c, d)).hasMessageContaining("same distance from its group's mean");
        assertThatThrownBy(() -> KruskalWallis.test(null, c, new double[] {2, 2})).hasMessageContaining("all 5 values are equal");
    }

    @Test
    void nonFiniteValuesAndBadLevelsAreNamed() {
        assertThatThrownBy(() -> OneWayAnova.test(List.of("x", "y"), A, new double[] {1, Double.NaN}))
                .hasMessage("one-way ANOVA: group 'y' observation 2 is NaN, expected a finite number");
        assertThatThrownBy(() -> OneWayAnova.test(List.of("x"), A, B)).hasMessageContaining("1 group names for 2 groups");
        assertThatThrownBy(() -> TukeyHsd.test(null, 1.5, A, B)).hasMessageContaining("confidence must be in (0, 1), got 1.5");
        assertThatThrownBy(() -> OneWayAnova.test(null, 0, A, B)).hasMessageContaining("confidence must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> dev.lathe.stats.distribution.NoncentralF.of(2, 10, -1)).hasMessageContaining("noncentrality >= 0, got -1.0");
        assertThatThrownBy(() -> dev.lathe.stats.distribution.NoncentralF.of(0, 10, 1)).hasMessageContaining("degrees of freedom > 0, got 0.0");
    }
}
