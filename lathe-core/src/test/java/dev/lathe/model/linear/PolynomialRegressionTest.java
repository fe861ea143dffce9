package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.PolynomialRegression.DegreeSelection;
import dev.lathe.model.linear.PolynomialRegression.Terms;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Polynomial regression against statsmodels OLS on raw powers, R's poly() recurrence reproduced in numpy, and
 * scikit-learn's PolynomialFeatures + LinearRegression (poly.json; cubic.csv, two_features.csv).
 */
class PolynomialRegressionTest {

    private static final JsonNode REF = JsonFixtures.read("linear/poly.json");
    private static final Frame CUBIC = CsvFixtures.read("linear/cubic.csv");
    private static final Frame CX = CUBIC.select("x");
    private static final Column CY = CUBIC.column("y");
    private static final Frame TWO = CsvFixtures.read("linear/two_features.csv");
    private static final Frame TX = TWO.drop("y");
    private static final Column TY = TWO.column("y");

    private static PolynomialRegression raw(int degree, Terms terms) {
        return new PolynomialRegression(degree, terms, false, DegreeSelection.NONE, 6, 5, true, 0);
    }

    private static PolynomialRegression selecting(DegreeSelection selection, boolean orthogonal) {
        return new PolynomialRegression(1, Terms.POWERS, orthogonal, selection, 6, 5, true, 3);
    }

    @Test
    void rawPowersMatchStatsmodelsAtEveryDegree() {
        for (JsonNode ref : REF.get("cubic_by_degree")) {
            int d = ref.get("degree").asInt();
            PolynomialModel m = raw(d, Terms.POWERS).fit(CX, CY);
            double[] params = JsonFixtures.doubles(ref.get("params"));
            assertThat(m.linear().intercept()).as("degree %d intercept", d).isCloseTo(params[0], within(1e-9));
            for (int k = 1; k <= d; k++) {
                String term = k == 1 ? "x" : "x^" + k;
                assertThat(m.linear().coefficient(term)).as("degree %d %s", d, term)
                        .isCloseTo(params[k], within(1e-9 * Math.max(1, Math.abs(params[k]))));
            }
        }
    }

    @Test
    void bicAndAicMatchStatsmodelsAndChooseTheCubic() {
        JsonNode byDegree = REF.get("cubic_by_degree");
        PolynomialModel bic = selecting(DegreeSelection.BIC, false).fit(CX, CY);
        PolynomialModel aic = selecting(DegreeSelection.AIC, false).fit(CX, CY);
        for (int d = 1; d <= 6; d++) {
            JsonNode ref = byDegree.get(d - 1);
            double expectedBic = ref.get("bic").asDouble();
            double expectedAic = ref.get("aic").asDouble();
            assertThat(bic.scores()[d - 1]).as("BIC degree %d", d).isCloseTo(expectedBic, within(1e-9 * expectedBic));
            assertThat(aic.scores()[d - 1]).as("AIC degree %d", d).isCloseTo(expectedAic, within(1e-9 * expectedAic));
            double llf = ref.get("llf").asDouble();
            PolynomialModel atDegree = new PolynomialRegression(d).fit(CX, CY);
            assertThat(atDegree.logLikelihood()).as("llf degree %d", d).isCloseTo(llf, within(1e-10 * Math.abs(llf)));
            assertThat(atDegree.parameterCount()).isEqualTo(d + 1);
            assertThat(atDegree.aic()).isCloseTo(expectedAic, within(1e-9 * expectedAic));
        }
        assertThat(bic.degree()).isEqualTo(3);
        assertThat(aic.degree()).isEqualTo(3);
        assertThat(bic.linear().features()).containsExactly("x", "x^2", "x^3");
        assertThat(selecting(DegreeSelection.BIC, true).fit(CX, CY).degree()).isEqualTo(3);
    }

    @Test
    void crossValidationChoosesTheCubicToo() {
        PolynomialModel m = selecting(DegreeSelection.CV, false).fit(CX, CY);
        assertThat(m.degree()).isEqualTo(3);
        PolynomialModel orthogonal = selecting(DegreeSelection.CV, true).fit(CX, CY);
        for (int d = 0; d < 6; d++) {
            assertThat(orthogonal.scores()[d]).isCloseTo(m.scores()[d], within(1e-9 * m.scores()[d]));
        }
    }

    @Test
    void orthogonalBasisIsRsPoly() {
        PolynomialModel m = new PolynomialRegression(3, Terms.POWERS, true, DegreeSelection.NONE, 6, 5, true, 0)
                .fit(CX, CY);
        JsonNode ref = REF.get("cubic_orthogonal_3");
        OrthogonalPolynomial p = m.basis().orthogonal().get(0);
        double[] alpha = JsonFixtures.doubles(ref.get("alpha"));
        double[] norm2 = JsonFixtures.doubles(ref.get("norm2"));
        for (int k = 0; k < alpha.length; k++) {
            assertThat(p.alpha()[k]).as("alpha %d", k)
                    .isCloseTo(alpha[k], within(1e-12 * Math.max(1, Math.abs(alpha[k]))));
        }
        for (int k = 0; k < norm2.length; k++) {
            assertThat(p.norm2()[k]).as("norm2 %d", k).isCloseTo(norm2[k], within(1e-11 * norm2[k]));
        }
        double[] params = JsonFixtures.doubles(ref.get("params"));
        assertThat(m.linear().intercept()).isCloseTo(params[0], within(1e-9));
        assertThat(m.linear().coef()).containsExactly(new double[] {params[1], params[2], params[3]}, within(1e-9));
        double[][] columns = p.evaluate(CX.numeric("x").toArray());
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int i = 0; i < columns[a].length; i++) {
                    dot += columns[a][i] * columns[b][i];
                }
                assertThat(dot).as("<P%d, P%d>", a + 1, b + 1).isCloseTo(a == b ? 1 : 0, within(1e-12));
            }
        }
    }

    @Test
    void orthogonalAndRawGiveTheSamePredictions() {
        Frame newX = Frame.of(NumericColumn.of("x", -2.5, -1, 0, 0.37, 2, 3.5));
        for (Terms terms : Terms.values()) {
            for (int d = 1; d <= 4; d++) {
                PolynomialModel r = raw(d, terms).fit(TX, TY);
                PolynomialModel o = new PolynomialRegression(d, terms, true, DegreeSelection.NONE, 6, 5, true, 0)
                        .fit(TX, TY);
                assertThat(o.predict(TX)).as("%s degree %d", terms, d).containsExactly(r.predict(TX), within(1e-8));
            }
        }
        for (int d = 1; d <= 6; d++) {
            PolynomialModel r = raw(d, Terms.POWERS).fit(CX, CY);
            PolynomialModel o = new PolynomialRegression(d, Terms.POWERS, true, DegreeSelection.NONE, 6, 5, true, 0)
                    .fit(CX, CY);
            assertThat(o.predict(newX)).as("degree %d", d).containsExactly(r.predict(newX), within(1e-8));
        }
    }

    @Test
    void termsMatchScikitLearnsPolynomialFeatures() {
        assertSameFit(raw(2, Terms.FULL).fit(TX, TY), REF.get("two_full_2"));
        assertSameFit(raw(2, Terms.INTERACTION_ONLY).fit(TX, TY), REF.get("two_interaction_2"));
        assertSameFit(raw(3, Terms.POWERS).fit(TX, TY), REF.get("two_powers_3"));
    }

    @Test
    void savesAndLoadsBothBases() {
        for (boolean orthogonal : new boolean[] {false, true}) {
            PolynomialModel m = new PolynomialRegression(2, Terms.FULL, orthogonal, DegreeSelection.BIC, 3, 5, true,
                    0).fit(TX, TY);
            PolynomialModel back = RoundTrip.saveAndLoad(m);
            assertThat(back.predict(TX)).containsExactly(m.predict(TX));
            assertThat(back.degree()).isEqualTo(m.degree());
            assertThat(back.scores()).containsExactly(m.scores());
            assertThat(back.selection()).isEqualTo(DegreeSelection.BIC);
        }
    }

    @Test
    void powersBeyondWhatAFeatureCanCarryAreLeftOut() {
        // 'dose' takes 3 values, so dose^3 is a combination of 1, dose and dose^2; a 0/1 flag carries no square
        Frame x = Frame.of(NumericColumn.of("dose", 1, 1, 2, 2, 3, 3, 1, 2, 3, 1),
                NumericColumn.of("flag", 0, 1, 0, 1, 0, 1, 1, 0, 0, 1));
        Column y = NumericColumn.of("y", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5);
        for (boolean orthogonal : new boolean[] {false, true}) {
            PolynomialModel cubic = new PolynomialRegression(3, Terms.POWERS, orthogonal, DegreeSelection.NONE, 6, 5,
                    true, 0).fit(x, y);
            PolynomialModel quadratic = new PolynomialRegression(2, Terms.POWERS, orthogonal, DegreeSelection.NONE, 6,
                    5, true, 0).fit(x, y);
            assertThat(cubic.basis().termNames()).containsExactly("dose", "flag", "dose^2");
            double[] a = cubic.predict(x);
            double[] b = quadratic.predict(x);
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i]).isCloseTo(b[i], org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    @Test
    void badHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new PolynomialRegression(0)).hasMessage("degree must be at least 1, got 0");
        assertThatThrownBy(() -> new PolynomialRegression(2, Terms.POWERS, false, DegreeSelection.BIC, 0, 5, true, 0))
                .hasMessage("max_degree must be at least 1, got 0");
        assertThatThrownBy(() -> new PolynomialRegression(2, null, false, DegreeSelection.NONE, 3, 5, true, 0))
                .hasMessageContaining("terms must be");
        assertThatThrownBy(() -> new PolynomialRegression().withParams(Map.of("degree_selection", "best")))
                .hasMessageContaining("degree_selection").hasMessageContaining("[aic, bic, cv, none]");
        PolynomialRegression byName = (PolynomialRegression) new PolynomialRegression()
                .withParams(Map.of("terms", "interaction_only", "degree_selection", "bic", "orthogonal", "true"));
        assertThat(byName.terms()).isEqualTo(Terms.INTERACTION_ONLY);
        assertThat(byName.degreeSelection()).isEqualTo(DegreeSelection.BIC);
    }

    @Test
    void predictionNeedsTheTrainingFeatures() {
        PolynomialModel m = raw(2, Terms.FULL).fit(TX, TY);
        assertThatThrownBy(() -> m.predict(TX.select("a"))).hasMessageContaining("'b'");
    }

    private static void assertSameFit(PolynomialModel m, JsonNode ref) {
        List<String> terms = List.of(JsonFixtures.strings(ref.get("terms")));
        double[] coef = JsonFixtures.doubles(ref.get("coef"));
        assertThat(m.linear().features()).containsExactlyInAnyOrderElementsOf(terms);
        for (int t = 0; t < terms.size(); t++) {
            assertThat(m.linear().coefficient(terms.get(t))).as(terms.get(t)).isCloseTo(coef[t], within(1e-9));
        }
        assertThat(m.linear().intercept()).isCloseTo(ref.get("intercept").asDouble(), within(1e-9));
    }
}
