package dev.lathe.stats.causal;

import static dev.lathe.stats.causal.CausalFixtures.close;
import static dev.lathe.stats.causal.CausalFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.stats.regression.CovarianceType;
import dev.lathe.stats.regression.WaldTest;
import dev.lathe.testing.CsvFixtures;
import org.junit.jupiter.api.Test;

/** Event study, pre-trend test, two-way fixed effects and placebo on event_panel.csv against statsmodels. */
class EventStudyTest {

    private static final Frame PANEL = CsvFixtures.read("causal/event_panel.csv");
    private static final DidSpec SPEC = DidSpec.of("y", "treated", "post").withUnit("unit").withTime("period");
    private static final DidRegression CLUSTERED = new DidRegression(CovarianceType.CLUSTER, null);

    @Test
    void leadsAndLagsAgreeWithStatsmodels() {
        EventStudyResult r = new EventStudy(CLUSTERED).fit(PANEL, SPEC);
        JsonNode e = node("event_panel", "event_study_cluster");
        assertThat(r.coefficients()).hasSize(e.size());
        for (EventCoefficient c : r.coefficients()) {
            JsonNode x = e.get(c.eventTime() < 0 ? "event_lead" + -c.eventTime() : "event_lag" + c.eventTime());
            close(c.estimate(), x.get("estimate").asDouble(), 1e-9, "k=" + c.eventTime());
            close(c.stdError(), x.get("std_error").asDouble(), 1e-9, "SE k=" + c.eventTime());
            close(c.ciLow(), x.get("ci_low").asDouble(), 1e-9, "CI k=" + c.eventTime());
        }
        assertThat(r.coefficients()).extracting(EventCoefficient::eventTime).containsExactly(-5, -4, -3, -2, 0, 1, 2, 3);
        // 20 units start at 5 and 20 at 6: event time 3 is seen only by the first 20 (period 8)
        assertThat(r.coefficients().get(7).rows()).isEqualTo(20);
        assertThat(r.lags()).hasSize(4);
        assertThat(r.leads()).extracting(EventCoefficient::eventTime).containsExactly(-5, -4, -3, -2);
        // no effect was simulated before the start
        for (EventCoefficient c : r.leads()) {
            assertThat(Math.abs(c.estimate())).isLessThan(3 * c.stdError());
        }
        // the simulated effect at k is 1 + 0.5 k; lags should find it within a few standard errors
        for (EventCoefficient c : r.lags()) {
            assertThat(Math.abs(c.estimate() - (1 + 0.5 * c.eventTime()))).isLessThan(4 * c.stdError());
        }
    }

    @Test
    void jointPreTrendTestAgreesWithStatsmodelsFTest() {
        WaldTest w = new EventStudy(CLUSTERED).fit(PANEL, SPEC).preTrend();
        JsonNode e = node("event_panel", "pre_trend");
        close(w.f(), e.get("f").asDouble(), 1e-9, "F");
        close(w.pValue(), e.get("p_value").asDouble(), 1e-9, "p");
        assertThat(w.df1()).isEqualTo(e.get("df_num").asInt());
        assertThat(w.df2()).isEqualTo(e.get("df_denom").asInt());
        assertThat(w.terms()).containsExactly("event_lead5", "event_lead4", "event_lead3", "event_lead2");
    }

    @Test
    void binnedEndpointsAgreeWithStatsmodels() {
        EventStudyResult r = new EventStudy(new DidRegression(), 3, 1).fit(PANEL, SPEC);
        JsonNode e = node("event_panel", "event_study_binned_nonrobust");
        assertThat(r.coefficients()).extracting(EventCoefficient::eventTime).containsExactly(-3, -2, 0, 1);
        for (EventCoefficient c : r.coefficients()) {
            JsonNode x = e.get(c.eventTime() < 0 ? "event_lead" + -c.eventTime() : "event_lag" + c.eventTime());
            close(c.estimate(), x.get("estimate").asDouble(), 1e-9, "k=" + c.eventTime());
            close(c.stdError(), x.get("std_error").asDouble(), 1e-9, "SE k=" + c.eventTime());
        }
    }

    @Test
    void twoWayFixedEffectsAgreeWithStatsmodels() {
        DidFit fit = CLUSTERED.fitTwoWay(PANEL, SPEC);
        JsonNode e = node("event_panel", "twfe_cluster", "treated:post");
        close(fit.effect().estimate(), e.get("estimate").asDouble(), 1e-9, "TWFE");
        close(fit.effect().stdError(), e.get("std_error").asDouble(), 1e-9, "TWFE SE");
    }

    /** Absorbed unit effects give the dummies' standard errors, HC2 and HC3 leverage included. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nonrobust", "hc1", "hc2", "hc3"})
    void absorbedUnitEffectsMatchDummiesUnderEveryCovariance(String cov) {
        DidFit fit = new DidRegression(CovarianceType.parse(cov), null).fitTwoWay(PANEL, SPEC);
        JsonNode e = node("event_panel", "twfe_" + cov, "treated:post");
        close(fit.effect().estimate(), e.get("estimate").asDouble(), 1e-9, cov);
        close(fit.effect().stdError(), e.get("std_error").asDouble(), 1e-9, cov + " SE");
        close(fit.effect().pValue(), e.get("p_value").asDouble(), 1e-7, cov + " p");
        assertThat(fit.regression().dfResidual()).isEqualTo(640 - 80 - 8);
    }

    @Test
    void placeboOnThePrePeriodsAgreesWithStatsmodels() {
        DidFit fit = PlaceboTest.run(PANEL, SPEC, CLUSTERED);
        JsonNode e = node("event_panel", "placebo_cluster", "treated:post");
        close(fit.effect().estimate(), e.get("estimate").asDouble(), 1e-9, "placebo");
        close(fit.effect().stdError(), e.get("std_error").asDouble(), 1e-9, "placebo SE");
        close(fit.effect().pValue(), e.get("p_value").asDouble(), 1e-7, "placebo p");
        DidFit explicit = PlaceboTest.run(PANEL, SPEC, CLUSTERED, node("event_panel", "placebo_start").asDouble());
        assertThat(explicit.effect().estimate()).isEqualTo(fit.effect().estimate());
    }

    @Test
    void panelMethodsNeedUnitAndTime() {
        assertThatThrownBy(() -> new EventStudy(CLUSTERED).fit(PANEL, DidSpec.of("y", "treated", "post").withUnit("unit")))
                .hasMessage("an event study needs a unit and a time column (unit: unit, time: null)");
        assertThatThrownBy(() -> CLUSTERED.fitTwoWay(PANEL, DidSpec.of("y", "treated", "post")))
                .hasMessageStartingWith("two-way fixed effects needs a unit and a time column");
        assertThatThrownBy(() -> PlaceboTest.run(PANEL, DidSpec.of("y", "treated", "post"), CLUSTERED))
                .hasMessage("a placebo test needs a time column");
    }

    @Test
    void placeboNeedsTwoPrePeriodsAndAStartInside() {
        double[] unit = PANEL.numeric("unit").toArray();
        double[] period = PANEL.numeric("period").toArray();
        Frame twoPeriods = PANEL.filter(i -> (unit[i] < 20 || unit[i] >= 40) && period[i] >= 4);
        assertThatThrownBy(() -> PlaceboTest.run(twoPeriods, SPEC, CLUSTERED))
                .hasMessage("a placebo test needs at least two pre-period times; the time column 'period' has 1"
                        + " before the start ([4.0])");
        assertThatThrownBy(() -> PlaceboTest.run(PANEL, SPEC, CLUSTERED, 1))
                .hasMessage("the placebo start 1 must lie after the first pre-period 1 and no later than the last 5");
        assertThatThrownBy(() -> PlaceboTest.run(PANEL, SPEC, CLUSTERED, 6))
                .hasMessage("the placebo start 6 must lie after the first pre-period 1 and no later than the last 5");
    }

    @Test
    void eventTimesNeedWholePeriodsAndSensibleWindows() {
        double[] t = PANEL.numeric("period").toArray();
        double[] half = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            half[i] = t[i] + (i == 3 ? 0.5 : 0);
        }
        Frame odd = PANEL.withColumn(dev.lathe.frame.NumericColumn.wrap("period", half));
        assertThatThrownBy(() -> new EventStudy(CLUSTERED).fit(odd, SPEC))
                .hasMessage("the time column 'period' must hold whole periods; row 4 of the design has 4.5");
        assertThatThrownBy(() -> new EventStudy(CLUSTERED, 1, 0))
                .hasMessage("leads must be at least 2 and lags at least 0, got leads 1, lags 0");
    }
}
