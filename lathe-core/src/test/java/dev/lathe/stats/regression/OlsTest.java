package dev.lathe.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OLS against statsmodels 0.13.5 (fixtures/ols/statsmodels_ols.json, made by make_fixture.py there). */
class OlsTest {

    private static JsonNode cases() {
        return JsonFixtures.read("ols/statsmodels_ols.json").get("cases");
    }

    private static Frame irisWithGroups() {
        Frame iris = Datasets.iris();
        double[] g = new double[iris.rowCount()];
        for (int i = 0; i < g.length; i++) {
            g[i] = i % 10;
        }
        return iris.withColumn(NumericColumn.wrap("grp", g));
    }

    private static void close(double actual, double expected, double rel, String what) {
        double tol = rel * Math.max(1, Math.abs(expected));
        assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.api.Assertions.within(tol));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "longley|longley.csv|y ~ x1 + x2 + x3 + x4 + x5 + x6|nonrobust||",
            "iris||sepal_length ~ petal_length + C(species)|nonrobust||",
            "iris_noint||sepal_length ~ petal_length + petal_width - 1|nonrobust||",
            "engel_wls|engel.csv|foodexp ~ income|nonrobust||w",
            "iris_HC0||sepal_length ~ petal_length + C(species)|hc0||",
            "iris_HC1||sepal_length ~ petal_length + C(species)|hc1||",
            "iris_HC2||sepal_length ~ petal_length + C(species)|hc2||",
            "iris_HC3||sepal_length ~ petal_length + C(species)|hc3||",
            "iris_cluster||sepal_length ~ petal_length + C(species)|cluster|grp|"})
    void agreesWithStatsmodels(String key, String file, String formula, String cov, String cluster, String weights) {
        Frame data = file == null ? irisWithGroups() : CsvFixtures.read("ols/" + file);
        if (weights != null) {
            double[] income = data.numeric("income").toArray();
            double[] w = new double[income.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = 1.0 / income[i];
            }
            data = data.withColumn(NumericColumn.wrap("w", w));
        }
        OlsResult r = new Ols(CovarianceType.parse(cov), cluster, weights).fit(data, formula);
        JsonNode e = cases().get(key);
        double rel = 1e-9;
        for (int k = 0; k < e.get("names").size(); k++) {
            String term = e.get("names").get(k).asText();
            Coefficient c = r.coefficient(term);
            close(c.estimate(), e.get("params").get(k).asDouble(), rel, key + " " + term);
            close(c.stdError(), e.get("bse").get(k).asDouble(), rel, key + " se " + term);
            close(c.statistic(), e.get("tvalues").get(k).asDouble(), rel, key + " t " + term);
            close(c.pValue(), e.get("pvalues").get(k).asDouble(), 1e-9, key + " p " + term);
            close(c.ciLow(), e.get("ci_low").get(k).asDouble(), rel, key + " ci " + term);
            close(c.ciHigh(), e.get("ci_high").get(k).asDouble(), rel, key + " ci " + term);
        }
        assertThat(r.coefficients()).hasSize(e.get("names").size());
        assertThat(r.useT()).isEqualTo(e.get("use_t").asBoolean());
        close(r.rSquared(), e.get("rsquared").asDouble(), rel, "r2");
        close(r.adjRSquared(), e.get("rsquared_adj").asDouble(), rel, "adj r2");
        close(r.fStatistic(), e.get("fvalue").asDouble(), 1e-8, "F");
        close(r.fPValue(), e.get("f_pvalue").asDouble(), 1e-9, "F p");
        close(r.logLikelihood(), e.get("llf").asDouble(), rel, "llf");
        close(r.aic(), e.get("aic").asDouble(), rel, "aic");
        close(r.bic(), e.get("bic").asDouble(), rel, "bic");
        close(r.residualStdError(), Math.sqrt(e.get("scale").asDouble()), rel, "sigma");
        assertThat(r.n()).isEqualTo(e.get("nobs").asInt());
        assertThat(r.dfResidual()).isEqualTo(e.get("df_resid").asInt());
        close(r.conditionNumber(), e.get("condition_number").asDouble(), 1e-4, "condition number");
        ResidualDiagnostics dg = r.diagnostics();
        close(dg.durbinWatson(), e.get("durbin_watson").asDouble(), 1e-9, "DW");
        close(dg.jarqueBera(), e.get("jarque_bera").asDouble(), 1e-8, "JB");
        close(dg.jarqueBeraP(), e.get("jarque_bera_p").asDouble(), 1e-8, "JB p");
        close(dg.skew(), e.get("skew").asDouble(), 1e-8, "skew");
        close(dg.kurtosis(), e.get("kurtosis").asDouble(), 1e-8, "kurtosis");
        close(dg.omnibus(), e.get("omnibus").asDouble(), 1e-8, "omnibus");
        close(dg.omnibusP(), e.get("omnibus_p").asDouble(), 1e-8, "omnibus p");
    }

    /** Longley, refs README: llf -109.6174, AIC 233.2349, BIC 238.643 (Stata); adjusted R^2 0.99246501. */
    @Test
    void longleyInformationCriteriaMatchThePublishedValues() {
        OlsResult r = new Ols().fit(CsvFixtures.read("ols/longley.csv"), "y ~ x1 + x2 + x3 + x4 + x5 + x6");
        assertThat(r.logLikelihood()).isCloseTo(-109.6174, org.assertj.core.api.Assertions.within(5e-5));
        assertThat(r.aic()).isCloseTo(233.2349, org.assertj.core.api.Assertions.within(5e-5));
        assertThat(r.bic()).isCloseTo(238.643, org.assertj.core.api.Assertions.within(5e-4));
        assertThat(r.adjRSquared()).isCloseTo(0.99246501, org.assertj.core.api.Assertions.within(5e-9));
    }

    /** Engel OLS, refs README: intercept 147.47538852370573, slope 0.48517842367692354. */
    @Test
    void engelMatchesThePublishedFit() {
        OlsResult r = new Ols().fit(CsvFixtures.read("ols/engel.csv"), "foodexp ~ income");
        assertThat(r.coefficient("Intercept").estimate()).isCloseTo(147.47538852370573,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.coefficient("income").estimate()).isCloseTo(0.48517842367692354,
                org.assertj.core.api.Assertions.within(1e-13));
        assertThat(r.summary()).contains("OLS Regression Results", "income", "Durbin-Watson", "R-squared:");
    }

    @Test
    void rankDeficientDesignsNameTheDependentTerms() {
        Frame iris = Datasets.iris();
        Frame dup = iris.withColumn(NumericColumn.wrap("twice", iris.numeric("petal_length").toArray()));
        assertThatThrownBy(() -> new Ols().fit(dup, "sepal_length ~ petal_length + twice"))
                .hasMessageContaining("is rank deficient").hasMessageMatching(".*\\[(twice|petal_length)\\].*");
        assertThatThrownBy(() -> new Ols().fit(iris.head(2), "sepal_length ~ petal_length + petal_width"))
                .hasMessageContaining("rows");
        assertThatThrownBy(() -> new Ols(CovarianceType.CLUSTER, null, null))
                .hasMessageContaining("cluster column");
    }
}
