package dev.lathe.stats.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private final Frame iris = Datasets.iris();

    private DesignMatrix design(String formula) {
        return DesignMatrix.of(Formula.parse(formula), iris);
    }

    @Test
    void termsExpandAsPatsyNamesThem() {
        assertThat(design("sepal_length ~ petal_length + C(species)").names())
                .containsExactly("Intercept", "petal_length", "C(species)[T.versicolor]", "C(species)[T.virginica]");
        assertThat(design("sepal_length ~ species").names())
                .containsExactly("Intercept", "species[T.versicolor]", "species[T.virginica]");
        assertThat(design("sepal_length ~ C(species, ref='virginica') - 1").names())
                .containsExactly("C(species, ref='virginica')[setosa]", "C(species, ref='virginica')[versicolor]",
                        "C(species, ref='virginica')[virginica]");
        assertThat(design("sepal_length ~ C(species, ref='virginica')").names())
                .containsExactly("Intercept", "C(species, ref='virginica')[T.setosa]",
                        "C(species, ref='virginica')[T.versicolor]");
    }

    @Test
    void interactionsStarDotAndNoIntercept() {
        assertThat(design("sepal_length ~ petal_length * petal_width").names())
                .containsExactly("Intercept", "petal_length", "petal_width", "petal_length:petal_width");
        assertThat(design("sepal_length ~ petal_length:petal_width + 0").names())
                .containsExactly("petal_length:petal_width");
        assertThat(design("sepal_length ~ .").names()).containsExactly("Intercept", "sepal_width", "petal_length",
                "petal_width", "species[T.versicolor]", "species[T.virginica]");
        assertThat(design("sepal_length ~ . - petal_width").names()).doesNotContain("petal_width");
        DesignMatrix d = design("sepal_length ~ petal_length:species");
        assertThat(d.names()).containsExactly("Intercept", "petal_length:species[T.versicolor]",
                "petal_length:species[T.virginica]");
        assertThat(d.columns()[1][0]).isZero();
        assertThat(d.columns()[1][60]).isEqualTo(iris.numeric("petal_length").get(60));
    }

    @Test
    void functionsPowersAndPolynomialsWithExactLowParts() {
        DesignMatrix d = design("sepal_length ~ log(petal_length) + I(sepal_width^2) + poly(petal_width, 3)");
        assertThat(d.names()).containsExactly("Intercept", "log(petal_length)", "I(sepal_width^2)",
                "poly(petal_width, 3)[1]", "poly(petal_width, 3)[2]", "poly(petal_width, 3)[3]");
        double w = iris.numeric("petal_width").get(7);
        assertThat(d.columns()[5][7]).isEqualTo(w * w * w);
        java.math.BigDecimal exact = new java.math.BigDecimal(w).pow(3);
        java.math.BigDecimal pair = new java.math.BigDecimal(d.columns()[5][7]).add(new java.math.BigDecimal(d.low()[5][7]));
        // high + low carries the power to about 32 significant digits, double the 16 of the rounded power
        assertThat(pair.subtract(exact).abs().doubleValue() / exact.doubleValue()).isLessThan(1e-30);
        assertThat(new java.math.BigDecimal(d.columns()[5][7]).subtract(exact).abs().doubleValue()
                / exact.doubleValue()).isGreaterThan(1e-30);
        assertThat(d.columns()[1][0]).isEqualTo(Math.log(iris.numeric("petal_length").get(0)));
    }

    @Test
    void faultsGiveTheirPosition() {
        assertThatThrownBy(() -> Formula.parse("y ~ x +")).isInstanceOf(FormulaException.class)
                .hasMessage("expected a column name or function at position 8 in 'y ~ x +'");
        assertThatThrownBy(() -> Formula.parse("y x")).hasMessage("expected '~' at position 3 in 'y x'");
        assertThatThrownBy(() -> Formula.parse("y ~ foo(x)"))
                .hasMessage("unknown function 'foo'; known: C, log, exp, sqrt, I, poly at position 5 in 'y ~ foo(x)'");
        assertThatThrownBy(() -> Formula.parse("y ~ log(x")).hasMessage("expected ')' at position 10 in 'y ~ log(x'");
        assertThatThrownBy(() -> Formula.parse("y ~ x )")).hasMessage("unexpected ')' at position 7 in 'y ~ x )'");
        assertThatThrownBy(() -> design("sepal_length ~ petal_lenght"))
                .hasMessageContaining("no column 'petal_lenght'; closest: 'petal_length'");
        assertThatThrownBy(() -> design("species ~ petal_length"))
                .hasMessage("the response 'species' is categorical; it must be numeric (or boolean)");
        assertThatThrownBy(() -> design("sepal_length ~ C(species, ref='rose')"))
                .hasMessageContaining("reference level 'rose' of species does not occur");
    }
}
