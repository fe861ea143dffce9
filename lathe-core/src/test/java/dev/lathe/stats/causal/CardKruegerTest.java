package dev.lathe.stats.causal;

import static dev.lathe.stats.causal.CausalFixtures.close;
import static dev.lathe.stats.causal.CausalFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.CovarianceType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Card and Krueger (1994): the published Table 3 and regression values listed in shared/refs/README.md
 * ("Card & Krueger (1994)"), and statsmodels on the same file (fixtures/causal/causal.json).
 */
class CardKruegerTest {

    private static final Frame DATA = CausalFixtures.cardKrueger();
    private static final DidSpec SPEC = DidSpec.of("fte", "nj", "d").withUnit("id");

    @Test
    void tableThreeMeansAndStandardErrorsAsPublished() {
        DidTable t = DidMeans.of(DATA, SPEC);
        // rows 1-2 of Table 3, published to two decimals
        published(t.controlPre().mean(), t.controlPre().stdError(), 23.33, 1.35);
        published(t.treatedPre().mean(), t.treatedPre().stdError(), 20.44, 0.51);
        published(t.differencePre().estimate(), t.differencePre().stdError(), -2.89, 1.44);
        published(t.controlPost().mean(), t.controlPost().stdError(), 21.17, 0.94);
        published(t.treatedPost().mean(), t.treatedPost().stdError(), 21.03, 0.52);
        published(t.differencePost().estimate(), t.differencePost().stdError(), -0.14, 1.07);
        // row 3: the changes and the difference in differences (estimates; the SEs: see docs/difference-in-differences.md)
        assertThat(t.changeControl().estimate()).isCloseTo(-2.16, within(0.01));
        assertThat(t.changeTreated().estimate()).isCloseTo(0.59, within(0.01));
        assertThat(t.did().estimate()).isCloseTo(2.7536, within(0.00005));
        assertThat(t.did().estimate()).isCloseTo(2.76, within(0.01));
        assertThat(t.rows()).isEqualTo(node("card_krueger", "rows_all").asInt());
    }

    @Test
    void balancedSampleChangesAsPublished() {
        DidTable t = DidMeans.balanced(DATA, SPEC);
        published(t.changeControl().estimate(), t.changeControl().stdError(), -2.28, 1.25);
        published(t.changeTreated().estimate(), t.changeTreated().stdError(), 0.47, 0.48);
        published(t.did().estimate(), t.did().stdError(), 2.75, 1.34);
        assertThat(t.balanced()).isTrue();
        assertThat(t.rows()).isEqualTo(768);
    }

    @ParameterizedTest
    @CsvSource({"table_all,false", "table_balanced,true"})
    void tableAgreesWithDirectComputation(String key, boolean balanced) {
        DidTable t = balanced ? DidMeans.balanced(DATA, SPEC) : DidMeans.of(DATA, SPEC);
        JsonNode e = node("card_krueger", key);
        cell(t.controlPre(), e.get("control_pre"));
        cell(t.controlPost(), e.get("control_post"));
        cell(t.treatedPre(), e.get("treated_pre"));
        cell(t.treatedPost(), e.get("treated_post"));
        contrast(t.changeControl(), e.get("change_control"));
        contrast(t.changeTreated(), e.get("change_treated"));
        contrast(t.did(), e.get("did"));
    }

    @Test
    void fromThePublishedCellsAlone() {
        DidTable t = DidMeans.of(new CellMean(23.33, 1.35, 79), new CellMean(21.17, 0.94, 79),
                new CellMean(20.44, 0.51, 331), new CellMean(21.03, 0.52, 331));
        assertThat(t.changeControl().estimate()).isCloseTo(-2.16, within(1e-12));
        assertThat(t.changeTreated().estimate()).isCloseTo(0.59, within(1e-12));
        assertThat(t.did().estimate()).isCloseTo(2.75, within(1e-12));
        // independent cells: sqrt(1.35^2 + 0.94^2 + 0.51^2 + 0.52^2); the paper's 1.36 used the store pairing
        assertThat(t.did().stdError()).isCloseTo(1.7990553, within(1e-7));
        assertThat(t.paired()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DidMeans.of(new CellMean(1, -1, 5),
                new CellMean(1, 1, 5), new CellMean(1, 1, 5), new CellMean(1, 1, 5)))
                .hasMessage("each cell needs a mean, a standard error >= 0 and n >= 1, got CellMean[mean=1.0, stdError=-1.0, n=5]");
    }

    @Test
    void withoutUnitsTheChangesAreIndependentMeans() {
        DidTable t = DidMeans.of(DATA, DidSpec.of("fte", "nj", "d"));
        assertThat(t.paired()).isFalse();
        assertThat(t.changeControl().stdError())
                .isCloseTo(Math.hypot(t.controlPre().stdError(), t.controlPost().stdError()), within(1e-12));
        assertThat(t.did().estimate()).isCloseTo(2.7536, within(0.00005));
    }

    @Test
    void balancedRegressionAsPublished() {
        DidFit fit = new DidRegression().fit(balancedRows(), SPEC);
        List<double[]> published = List.of(new double[] {23.380, 1.098}, new double[] {-2.283, 1.553},
                new double[] {-2.949, 1.224}, new double[] {2.750, 1.731});
        List<String> terms = List.of("Intercept", "d", "nj", "nj:d");
        for (int k = 0; k < terms.size(); k++) {
            Coefficient c = fit.regression().coefficient(terms.get(k));
            assertThat(c.estimate()).as(terms.get(k)).isCloseTo(published.get(k)[0], within(0.0005));
            assertThat(c.stdError()).as(terms.get(k) + " SE").isCloseTo(published.get(k)[1], within(0.0005));
        }
        assertThat(fit.effect().term()).isEqualTo("nj:d");
        assertThat(fit.regression().n()).isEqualTo(768);
        coefficients(fit, node("card_krueger", "ols_balanced_nonrobust"));
    }

    @ParameterizedTest
    @CsvSource({"ols_all_nonrobust,nonrobust,", "ols_all_hc1,hc1,", "ols_all_hc3,hc3,", "ols_all_cluster_id,cluster,id"})
    void regressionStandardErrorsAgreeWithStatsmodels(String key, String cov, String cluster) {
        DidFit fit = new DidRegression(CovarianceType.parse(cov), cluster).fit(DATA, SPEC);
        coefficients(fit, node("card_krueger", key));
        // the interaction equals the difference of the four means
        assertThat(fit.effect().estimate()).isCloseTo(DidMeans.of(DATA, SPEC).did().estimate(), within(1e-10));
    }

    @Test
    void clusterDefaultsToTheUnitColumn() {
        DidFit fit = new DidRegression(CovarianceType.CLUSTER, null).fit(DATA, SPEC);
        coefficients(fit, node("card_krueger", "ols_all_cluster_id"));
    }

    @Test
    void covariatesWithRobustErrorsAgreeWithStatsmodels() {
        DidFit fit = new DidRegression(CovarianceType.HC1, null)
                .fit(DATA, SPEC.withCovariates(List.of("bk", "kfc", "roys", "co_owned")));
        coefficients(fit, node("card_krueger", "ols_covariates_hc1"));
    }

    @Test
    void twoWayFixedEffectsAgreeWithStatsmodels() {
        DidFit fit = new DidRegression(CovarianceType.CLUSTER, null).fitTwoWay(DATA, SPEC.withTime("d"));
        coefficients(fit, node("card_krueger", "twfe_cluster_id"));
    }

    private static Frame balancedRows() {
        double[] fte = DATA.numeric("fte").toArray();
        double[] id = DATA.numeric("id").toArray();
        java.util.Map<Double, Integer> waves = new java.util.HashMap<>();
        for (int i = 0; i < fte.length; i++) {
            if (!Double.isNaN(fte[i])) {
                waves.merge(id[i], 1, Integer::sum);
            }
        }
        return DATA.filter(i -> !Double.isNaN(fte[i]) && waves.get(id[i]) == 2);
    }

    private static void coefficients(DidFit fit, JsonNode expected) {
        expected.fieldNames().forEachRemaining(term -> {
            Coefficient c = fit.regression().coefficient(term);
            JsonNode e = expected.get(term);
            close(c.estimate(), e.get("estimate").asDouble(), 1e-9, term);
            close(c.stdError(), e.get("std_error").asDouble(), 1e-9, term + " SE");
            close(c.pValue(), e.get("p_value").asDouble(), 1e-7, term + " p");
            close(c.ciLow(), e.get("ci_low").asDouble(), 1e-9, term + " CI low");
            close(c.ciHigh(), e.get("ci_high").asDouble(), 1e-9, term + " CI high");
        });
    }

    /**
     * Published two-decimal values at the tolerance 0.01 that refs/README.md gives for the DiD: the archive's file
     * differs slightly from the paper's data (the difference after, -0.14 (1.07), is -0.138 (1.077) here).
     */
    private static void published(double mean, double se, double publishedMean, double publishedSe) {
        assertThat(mean).isCloseTo(publishedMean, within(0.01));
        assertThat(se).isCloseTo(publishedSe, within(0.01));
    }

    private static void cell(CellMean c, JsonNode e) {
        close(c.mean(), e.get("mean").asDouble(), 1e-12, "mean");
        close(c.stdError(), e.get("std_error").asDouble(), 1e-12, "SE");
        assertThat(c.n()).isEqualTo(e.get("n").asInt());
    }

    private static void contrast(Contrast c, JsonNode e) {
        close(c.estimate(), e.get("estimate").asDouble(), 1e-12, "estimate");
        close(c.stdError(), e.get("std_error").asDouble(), 1e-12, "SE");
    }
}
