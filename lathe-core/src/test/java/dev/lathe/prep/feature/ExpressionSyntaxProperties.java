package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ExpressionSyntaxProperties {

    @Property(tries = 500)
    void printingThenParsingGivesTheSameTree(@ForAll("expressions") Expr e) {
        String text = "y = " + Expr.text(e);
        Definition parsed = Definition.parse(text);
        assertThat(parsed.expression()).as(text).isEqualTo(e);
        assertThat(parsed.toString()).isEqualTo(text);
    }

    @Property(tries = 1000)
    void anyTextParsesOrFailsWithAPositionInsideIt(
            @ForAll @StringLength(max = 30) @Chars({'a', 'b', 'l', 'o', 'g', 'p', 'w', '(', ')', ',', '+', '-', '*',
                    '/', '^', ' ', '1', '0', '.', 'e', '`', '='}) String tail) {
        String text = "y = " + tail;
        try {
            Definition.parse(text);
        } catch (ExpressionException ex) {
            assertThat(ex.position()).isBetween(1, text.length() + 1);
            assertThat(ex.getMessage()).contains(" at position " + ex.position() + " in '" + text + "'");
        }
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expression(4);
    }

    private Arbitrary<Expr> expression(int depth) {
        Arbitrary<Expr> literal = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e6).ofScale(3),
                Arbitraries.of(0.0, 1e-7, 1e20, 2.5e-300, 0.1)).map(Expr.Literal::new);
        Arbitrary<Expr> column = Arbitraries.of("a", "b_2", "_x", "log", "household size", "a^2", "x-y")
                .map(Expr.ColumnRef::new);
        Arbitrary<Expr> leaf = Arbitraries.oneOf(literal, column);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> sub = expression(depth - 1);
        Arbitrary<Expr> negate = sub.map(Expr.Negate::new);
        Arbitrary<Expr> binary = Combinators.combine(Arbitraries.of(Expr.Operator.class), sub, sub).as(Expr.Binary::new);
        Arbitrary<Expr> call = Arbitraries.of(ExprFunction.class).flatMap(f -> sub.list()
                .ofMinSize(f.minArguments()).ofMaxSize(Math.min(f.maxArguments(), 3))
                .map(arguments -> new Expr.Call(f, arguments)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(1, negate),
                net.jqwik.api.Tuple.of(3, binary), net.jqwik.api.Tuple.of(1, call));
    }
}
