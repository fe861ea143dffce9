package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    private final Frame data = Frame.of(NumericColumn.of("income", 52000, 38000, Double.NaN, 0),
            NumericColumn.of("household_size", 4, 1, 3, 0), NumericColumn.of("a", 1.5, -2, 0.25, 3),
            CategoricalColumn.of("g", "x", "y", "x", "y"));

    private double[] values(String definition) {
        Expressions e = Expressions.of(definition);
        String name = Definition.parse(definition).name();
        return e.fit(data, null).transform(data).numeric(name).toArray();
    }

    @Test
    void matchesNumPyOnTheSameFormulas() {
        // fixtures/feature/expressions.json: NumPy 1.24.2 on the formulas written in Python, see README.md there
        JsonNode fixture = JsonFixtures.read("feature/expressions.json");
        Frame input = Fixture.frame(fixture.get("input"));
        assertThat(fixture.get("cases")).hasSize(18);
        for (JsonNode c : fixture.get("cases")) {
            String definition = c.get("definition").asText();
            Frame out = Expressions.of(definition).fit(input, null).transform(input);
            Fixture.assertClose(definition, out.numeric(Definition.parse(definition).name()).toArray(),
                    JsonFixtures.doubles(c.get("values")), 1e-14);
        }
    }

    @Test
    void precedenceAndGrouping() {
        Expr x = new Expr.ColumnRef("x");
        Expr two = new Expr.Literal(2);
        assertThat(Definition.parse("y = -x ^ 2").expression())
                .isEqualTo(new Expr.Negate(new Expr.Binary(Expr.Operator.POWER, x, two)));
        assertThat(Definition.parse("y = x ^ 2 ^ x").expression()).isEqualTo(new Expr.Binary(Expr.Operator.POWER, x,
                new Expr.Binary(Expr.Operator.POWER, two, x)));
        assertThat(Definition.parse("y = x - 2 - x").expression()).isEqualTo(new Expr.Binary(Expr.Operator.SUBTRACT,
                new Expr.Binary(Expr.Operator.SUBTRACT, x, two), x));
        assertThat(Definition.parse("y = x + 2 * x").expression()).isEqualTo(new Expr.Binary(Expr.Operator.ADD, x,
                new Expr.Binary(Expr.Operator.MULTIPLY, two, x)));
        assertThat(Definition.parse("  y=(x+2)*x  ").toString()).isEqualTo("y = (x + 2) * x");
        assertThat(Definition.parse("`per head` = `household size` / log").columns())
                .containsExactly("household size", "log");
    }

    @Test
    void divisionByZeroAndUndefinedResultsAreMissingAndMissingPropagates() {
        assertThat(values("y = income / household_size")).containsExactly(13000, 38000, Double.NaN, Double.NaN);
        assertThat(values("y = 0 / household_size")).containsExactly(0, 0, 0, Double.NaN);
        // per operation: 1 / (1 / 0) is missing, where NumPy would give 0
        assertThat(values("y = 1 / (1 / household_size)")).containsExactly(4, 1, 3, Double.NaN);
        assertThat(values("y = log(a)")).containsExactly(Math.log(1.5), Double.NaN, Math.log(0.25), Math.log(3));
        assertThat(values("y = exp(income)")).containsExactly(Double.NaN, Double.NaN, Double.NaN, 1);
        assertThat(values("y = max(income, 40000)")).containsExactly(52000, 40000, Double.NaN, 40000);
    }

    @Test
    void laterDefinitionsSeeEarlierOnesAndMayReplaceAColumn() {
        Frame out = Expressions.of("per_head = income / household_size", "a = per_head * 2 + a")
                .fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("income", "household_size", "a", "g", "per_head");
        assertThat(out.numeric("a").toArray()).containsExactly(26001.5, 75998, Double.NaN, Double.NaN);
    }

    @Test
    void syntaxErrorsNameTheirPosition() {
        assertError("y = log(a + b", "expected ')' at position 14 in 'y = log(a + b'");
        assertError("y = (a + b", "expected ')' at position 11 in 'y = (a + b'");
        assertError("y = max(a b)", "expected ',' or ')' at position 11 in 'y = max(a b)'");
        assertError("y = a +", "expected a number, a column, a function or '(' at position 8 in 'y = a +'");
        assertError("y = a * * b", "expected a number, a column, a function or '(', found '*' at position 9 in "
                + "'y = a * * b'");
        assertError("y = a b", "unexpected 'b' at position 7 in 'y = a b'");
        assertError("y = (a))", "unexpected ')' at position 8 in 'y = (a))'");
        assertError("y = 2.5e", "malformed number '2.5e' at position 5 in 'y = 2.5e': expected digits after the "
                + "exponent mark");
        assertError("y = . + 1", "malformed number '.' at position 5 in 'y = . + 1'");
        assertError("y = 1e999", "number '1e999' is too large at position 5 in 'y = 1e999'");
        assertError("= a", "expected the new column's name at position 1 in '= a'");
        assertError("y a", "expected '=' after the new column's name at position 3 in 'y a'");
        assertError("y = `a + 1", "unclosed '`' at position 5 in 'y = `a + 1'");
        assertError("y = `` + 1", "empty column name at position 5 in 'y = `` + 1'");
        assertError("y = lg(a)", "unknown function 'lg' at position 5 in 'y = lg(a)': known functions: abs, ceil, "
                + "clip, exp, floor, log, log10, log1p, max, min, pow, sqrt");
        assertError("y = 1 + pow(a)", "function 'pow' takes 2 arguments, got 1 at position 9 in 'y = 1 + pow(a)'");
        assertError("y = min(a)", "function 'min' takes at least 2 arguments, got 1 at position 5 in 'y = min(a)'");
        assertError("y = sqrt()", "function 'sqrt' takes 1 argument, got 0 at position 5 in 'y = sqrt()'");
        String deep = "y = " + "(".repeat(300) + "a" + ")".repeat(300);
        assertThatThrownBy(() -> Definition.parse(deep)).isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("expression nests deeper than 200 levels at position 205 in");
    }

    private static void assertError(String definition, String message) {
        assertThatThrownBy(() -> Expressions.of(definition)).isInstanceOf(ExpressionException.class)
                .hasMessage(message);
    }

    @Test
    void columnErrorsNameTheirPositionAndTheClosestColumns() {
        assertThatThrownBy(() -> Expressions.of("r = income / househld_size").fit(data, null))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("unknown column at position 14 in 'r = income / househld_size': no column "
                        + "'househld_size'; closest: 'household_size', 'income', 'a' (4 columns)");
        assertThatThrownBy(() -> Expressions.of("y = g * 2").fit(data, null))
                .hasMessage("column 'g' is categorical, expressions take numeric columns at position 5 in 'y = g * 2'");
        Expressions.Fitted f = Expressions.of("y = a * 2").fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("a")))
                .hasMessage("unknown column at position 5 in 'y = a * 2': no column 'a'; closest: 'g', 'income', "
                        + "'household_size' (3 columns)");
    }

    @Test
    void badConfigurationAndData() {
        assertThatThrownBy(() -> new Expressions(List.of()))
                .hasMessage("definitions must hold at least one 'name = expression'");
        assertThatThrownBy(() -> Expressions.of("y = a", "z = 1", "y = 2 * a"))
                .hasMessage("definitions 1 and 3 both define 'y'");
        assertThatThrownBy(() -> Expressions.of("y = a").withParams(Map.of("definitions", List.of("y = (a"))))
                .hasMessage("expected ')' at position 7 in 'y = (a'");
        assertThatThrownBy(() -> Expressions.of("y = a").fit(data.head(0), null))
                .hasMessage("expressions cannot be fitted on empty data (0 rows)");
    }

    @Test
    void savesTheTextAndParsesItAgain() {
        Expressions.Fitted f = Expressions.of("per_head = income / household_size",
                "`odd name` = -clip(a, 0, 1) ^ 2 + log1p(per_head)").fit(data, null);
        RoundTrip.assertSameTransform(f, data);
        assertThat(RoundTrip.saveAndLoad(f).definitions()).extracting(Definition::text)
                .containsExactly("per_head = income / household_size", "`odd name` = -clip(a, 0, 1) ^ 2 + log1p(per_head)");
    }
}
