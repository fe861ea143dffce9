package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cramér's V, the correlation ratio, the association with a target and variance inflation factors against
 * scipy 1.10.1, pandas 1.5.3 and statsmodels 0.13.5 (fixtures/stats/association.json, made by
 * gen_association.py; see README.md there).
 */
class AssociationTest {

    private static final double TOL = 1e-12;
    private static final JsonNode FIXTURE = JsonFixtures.read("stats/association.json");
    private static final Frame FRAME = frame();

    private static Frame frame() {
        JsonNode c = FIXTURE.get("columns");
        int n = c.get("y").size();
        Boolean[] flag = new Boolean[n];
        for (int i = 0; i < n; i++) {
            flag[i] = c.get("flag").get(i).asBoolean();
        }
        return Frame.of(CategoricalColumn.of("colour", JsonFixtures.strings(c.get("colour"))),
                CategoricalColumn.of("size", JsonFixtures.strings(c.get("size"))),
                BooleanColumn.of("flag", flag), numeric(c, "x1"), numeric(c, "x2"), numeric(c, "x3"),
                numeric(c, "x4"), numeric(c, "y"), TextColumn.of("note", new String[n]));
    }

    private static NumericColumn numeric(JsonNode columns, String name) {
        return NumericColumn.wrap(name, JsonFixtures.doubles(columns.get(name)));
    }

    @Test
    void cramersVMatchesScipyAndTheBiasCorrectedFormula() {
        for (String pair : List.of("colour_size", "colour_flag", "size_flag")) {
            String[] ab = pair.split("_");
            JsonNode want = FIXTURE.get("cramer").get(pair);
            CramersV v = CramersV.of(FRAME.column(ab[0]), FRAME.column(ab[1]));
            assertThat(v.v()).as(pair).isCloseTo(want.get("v").asDouble(), within(TOL));
            assertThat(v.biasCorrected()).as(pair).isCloseTo(want.get("bias_corrected").asDouble(), within(TOL));
            assertThat(v.n()).isEqualTo(want.get("n").asInt());
            assertThat(new int[] {v.rows(), v.columns()}).containsExactly(want.get("shape").get(0).asInt(),
                    want.get("shape").get(1).asInt());
        }
    }

    @Test
    void cramersVOfASingleLevelIsUndefined() {
        CramersV v = CramersV.of(CategoricalColumn.of("a", "x", "x", "x"), CategoricalColumn.of("b", "p", "q", "p"));
        assertThat(v.v()).isNaN();
        assertThat(v.biasCorrected()).isNaN();
        CramersV perfect = CramersV.of(CategoricalColumn.of("a", "x", "y", "x", "y"),
                CategoricalColumn.of("b", "p", "q", "p", "q"));
        assertThat(perfect.v()).isEqualTo(1.0);
    }

    @Test
    void correlationRatioMatchesStatsmodelsAnova() {
        JsonNode eta = FIXTURE.get("eta");
        assertThat(CorrelationRatio.of(FRAME.column("colour"), FRAME.numeric("y")))
                .isCloseTo(eta.get("colour_y").asDouble(), within(TOL));
        assertThat(CorrelationRatio.of(FRAME.column("size"), FRAME.numeric("x3")))
                .isCloseTo(eta.get("size_x3").asDouble(), within(TOL));
        assertThat(CorrelationRatio.of(FRAME.column("flag"), FRAME.numeric("x4")))
                .isCloseTo(eta.get("flag_x4").asDouble(), within(TOL));
        assertThat(CorrelationRatio.of(CategoricalColumn.of("g", "a", "b"), NumericColumn.of("k", 2, 2))).isNaN();
    }

    @Test
    void targetRankingMatchesScipyAndStatsmodels() {
        for (Correlation.Method method : List.of(Correlation.Method.PEARSON, Correlation.Method.SPEARMAN)) {
            TargetAssociation t = TargetAssociation.of(FRAME, "y", method);
            JsonNode want = FIXTURE.get("target_y").get(method.name().toLowerCase());
            assertThat(t.ranking()).hasSize(7);
            double previous = Double.POSITIVE_INFINITY;
            for (TargetAssociation.Association a : t.ranking()) {
                assertThat(a.strength()).as(a.column()).isCloseTo(want.get(a.column()).asDouble(), within(TOL));
                assertThat(a.strength()).isLessThanOrEqualTo(previous);
                previous = a.strength();
            }
            assertThat(t.ranking().get(0).measure()).isEqualTo(method == Correlation.Method.PEARSON
                    ? TargetAssociation.Measure.PEARSON : TargetAssociation.Measure.SPEARMAN);
            assertThat(t.skipped()).containsOnlyKeys("note");
        }
        TargetAssociation byColour = TargetAssociation.of(FRAME, "colour");
        JsonNode want = FIXTURE.get("target_colour");
        for (TargetAssociation.Association a : byColour.ranking()) {
            assertThat(a.strength()).as(a.column()).isCloseTo(want.get(a.column()).asDouble(), within(TOL));
            assertThat(a.measure()).isEqualTo(a.column().startsWith("x") || a.column().equals("y")
                    ? TargetAssociation.Measure.CORRELATION_RATIO : TargetAssociation.Measure.CRAMERS_V);
        }
        assertThat(byColour.ranking().get(0).column()).isEqualTo("flag");
        assertThat(byColour.skipped().get("note")).isEqualTo(
                "column 'note' is text; only numeric, categorical and boolean columns are measured");
    }

    @Test
    void targetRankingPutsUndefinedLast() {
        Frame f = Frame.of(NumericColumn.of("t", 1, 2, 3, 4), NumericColumn.of("flat", 5, 5, 5, 5),
                NumericColumn.of("weak", 1, 3, 2, 2.5));
        TargetAssociation t = TargetAssociation.of(f, "t");
        assertThat(t.ranking()).extracting(TargetAssociation.Association::column).containsExactly("weak", "flat");
        assertThat(t.ranking().get(1).strength()).isNaN();
    }

    @Test
    void varianceInflationMatchesStatsmodels() {
        JsonNode want = FIXTURE.get("vif");
        VarianceInflation vif = VarianceInflation.of(FRAME);
        assertThat(vif.names()).containsExactly("x1", "x2", "x3", "x4", "y");
        assertThat(vif.rows()).isEqualTo(want.get("rows").asInt());
        for (int j = 0; j < 5; j++) {
            double expected = want.get("factors").get(j).asDouble();
            assertThat(vif.factors()[j]).isCloseTo(expected, within(1e-10 * expected));
        }
        assertThat(vif.get("x4")).isEqualTo(vif.factors()[3]);
    }

    @Test
    void perfectlyCollinearColumnsGetInfinity() {
        double[] a = {1.5, 2.25, 3.0, 4.75, 5.0, 6.5, 7.0, 8.25};
        double[] b = {0.5, -1.0, 2.0, 0.25, 3.0, -2.5, 1.0, 0.75};
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + 2 * b[i];
        }
        double[] d = {3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.0, 6.0};
        VarianceInflation vif = VarianceInflation.of(Frame.of(NumericColumn.of("a", a), NumericColumn.of("b", b),
                NumericColumn.of("c", c), NumericColumn.of("d", d)));
        assertThat(vif.get("a")).isInfinite();
        assertThat(vif.get("b")).isInfinite();
        assertThat(vif.get("c")).isInfinite();
        // the redundant regressor is dropped: d on (a, b, c) is d on (a, b)
        VarianceInflation without = VarianceInflation.of(Frame.of(NumericColumn.of("a", a), NumericColumn.of("b", b),
                NumericColumn.of("d", d)));
        assertThat(vif.get("d")).isCloseTo(without.get("d"), within(1e-12));
    }

    @Test
    void rejectsBadInputNamingTheColumn() {
        assertThatThrownBy(() -> CramersV.of(FRAME.column("colour"), FRAME.column("x1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'x1' is numeric; a categorical association needs a categorical or boolean column");
        assertThatThrownBy(() -> CramersV.of(CategoricalColumn.of("a", "x"), CategoricalColumn.of("b", "p", "q")))
                .hasMessage("columns 'a' and 'b' differ in length: 1 and 2");
        assertThatThrownBy(() -> CorrelationRatio.of(CategoricalColumn.of("g", "a", "b"),
                NumericColumn.of("v", 1, Double.NEGATIVE_INFINITY)))
                .hasMessage("column 'v' holds -Infinity in row 1; the correlation ratio needs finite values");
        assertThatThrownBy(() -> TargetAssociation.of(FRAME, "nope")).hasMessageContaining("nope");
        assertThatThrownBy(() -> TargetAssociation.of(FRAME, "note"))
                .hasMessage("target column 'note' is text; the association with a target needs a numeric, categorical"
                        + " or boolean target");
        assertThatThrownBy(() -> TargetAssociation.of(Frame.of(NumericColumn.of("t", 1, 2, 3),
                NumericColumn.of("w", 1, Double.NEGATIVE_INFINITY, 3)), "t"))
                .hasMessage("column 'w' holds -Infinity in row 1; the association with a target needs finite values");
        assertThatThrownBy(() -> TargetAssociation.of(FRAME, "y", Correlation.Method.KENDALL))
                .hasMessageContaining("Pearson or Spearman");
        assertThatThrownBy(() -> VarianceInflation.of(Frame.of(CategoricalColumn.of("g", "a"))))
                .hasMessageContaining("need numeric columns; the frame has none among [g]");
        assertThatThrownBy(() -> VarianceInflation.of(Frame.of(NumericColumn.of("p", 1, 2, 3),
                NumericColumn.of("q", 1, Double.POSITIVE_INFINITY, 2))))
                .hasMessage("column 'q' holds Infinity in row 1; variance inflation factors need finite values");
        assertThatThrownBy(() -> VarianceInflation.of(Frame.of(NumericColumn.of("p", 1, 2, 3, 4),
                NumericColumn.of("k", 7, 7, 7, 7))))
                .hasMessage("column 'k' is constant over the 4 complete rows; its variance inflation factor is undefined");
        assertThatThrownBy(() -> VarianceInflation.of(Frame.of(NumericColumn.of("p", 1, 2, Double.NaN),
                NumericColumn.of("q", 3, 1, 2))))
                .hasMessage("variance inflation factors of 2 numeric columns need more than 2 complete rows, got 2");
        assertThatThrownBy(() -> VarianceInflation.of(FRAME).get("colour"))
                .hasMessageContaining("no numeric column 'colour'");
    }

    @Test
    void associationsSkipMissingRows() {
        Map<String, Integer> n = new java.util.HashMap<>();
        for (TargetAssociation.Association a : TargetAssociation.of(FRAME, "y").ranking()) {
            n.put(a.column(), a.n());
        }
        assertThat(n).containsEntry("x1", 77).containsEntry("x2", 78).containsEntry("colour", 76);
    }
}
