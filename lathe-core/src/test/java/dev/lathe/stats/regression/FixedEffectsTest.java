package dev.lathe.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import org.junit.jupiter.api.Test;

/**
 * {@link Ols#absorbing}: the within transformation against the dummy regression fitted by Lathe itself (the
 * statsmodels comparison is in stats.causal.EventStudyTest), and its refusals.
 */
class FixedEffectsTest {

    private static Frame data() {
        int n = 60;
        double[] g = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 7;
            x[i] = Math.sin(i) + 0.1 * i;
            y[i] = 2 * x[i] + g[i] * g[i] + Math.cos(3 * i);
        }
        return Frame.of(NumericColumn.of("g", g), NumericColumn.of("x", x), NumericColumn.of("y", y));
    }

    @Test
    void absorbedGroupsGiveTheDummiesSlopeAndStandardErrors() {
        for (CovarianceType type : new CovarianceType[] {CovarianceType.NONROBUST, CovarianceType.HC3}) {
            OlsResult dummies = new Ols(type, null, null).fit(data(), "y ~ x + C(g)");
            OlsResult absorbed = new Ols(type, null, null).absorbing("g").fit(data(), "y ~ x");
            assertThat(absorbed.coefficients()).hasSize(1);
            assertThat(absorbed.coefficient("x").estimate()).isCloseTo(dummies.coefficient("x").estimate(), within(1e-12));
            assertThat(absorbed.coefficient("x").stdError()).isCloseTo(dummies.coefficient("x").stdError(), within(1e-12));
            assertThat(absorbed.dfResidual()).isEqualTo(dummies.dfResidual());
            assertThat(absorbed.logLikelihood()).isCloseTo(dummies.logLikelihood(), within(1e-9));
            assertThat(absorbed.aic()).isCloseTo(dummies.aic(), within(1e-9));
        }
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> new Ols(CovarianceType.NONROBUST, null, "w", "g"))
                .hasMessage("absorbing fixed effects is not supported with weights");
        assertThatThrownBy(() -> new Ols().absorbing("g").fit(data(), "y ~ 1"))
                .hasMessage("nothing is left to estimate once the effects of 'g' are absorbed");
    }
}
