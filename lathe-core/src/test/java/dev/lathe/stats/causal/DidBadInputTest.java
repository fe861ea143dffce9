package dev.lathe.stats.causal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.regression.CovarianceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bad DiD design fails with a message naming the column, the row or count, and what was expected. */
class DidBadInputTest {

    private static Frame design(double[] y, double[] treated, double[] post) {
        return Frame.of(NumericColumn.of("y", y), NumericColumn.of("g", treated), NumericColumn.of("p", post));
    }

    private static final DidSpec SPEC = DidSpec.of("y", "g", "p");

    @Test
    void noTreatedRows() {
        Frame f = design(new double[] {1, 2, 3, 4}, new double[] {0, 0, 0, 0}, new double[] {0, 0, 1, 1});
        assertThatThrownBy(() -> DidMeans.of(f, SPEC))
                .hasMessage("no treated rows: column 'g' is never 1 (among 4 complete rows of 4)");
        assertThatThrownBy(() -> new DidRegression().fit(f, SPEC)).hasMessageStartingWith("no treated rows");
    }

    @Test
    void noControlRows() {
        Frame f = design(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1}, new double[] {0, 0, 1, 1});
        assertThatThrownBy(() -> DidMeans.of(f, SPEC))
                .hasMessage("no control rows: column 'g' is never 0 (among 4 complete rows of 4)");
    }

    @Test
    void noPrePeriodRowsCountingOnlyCompleteRows() {
        Frame f = design(new double[] {Double.NaN, 2, 3, 4, 5}, new double[] {1, 0, 1, 0, 1}, new double[] {0, 1, 1, 1, 1});
        assertThatThrownBy(() -> DidMeans.of(f, SPEC))
                .hasMessage("no pre-period rows: column 'p' is never 0 (among 4 complete rows of 5)");
    }

    @Test
    void noPostPeriodRows() {
        Frame f = design(new double[] {1, 2, 3, 4}, new double[] {1, 0, 1, 0}, new double[] {0, 0, 0, 0});
        assertThatThrownBy(() -> new DidRegression().fitTwoWay(f, SPEC.withUnit("g").withTime("p")))
                .hasMessage("no post-period rows: column 'p' is never 1 (among 4 complete rows of 4)");
    }

    @Test
    void aCellWithOneRow() {
        Frame f = design(new double[] {1, 2, 3, 4, 5, 6, 7}, new double[] {0, 0, 0, 0, 1, 1, 1},
                new double[] {0, 0, 1, 1, 0, 0, 1});
        assertThatThrownBy(() -> DidMeans.of(f, SPEC))
                .hasMessage("the treated group has 1 row(s) in the post period ('g' = 1, 'p' = 1); each group needs"
                        + " at least 2 rows in each period");
    }

    @Test
    void indicatorsMustBeZeroOrOne() {
        Frame f = design(new double[] {1, 2, 3, 4}, new double[] {0, 2, 1, 0}, new double[] {0, 0, 1, 1});
        assertThatThrownBy(() -> DidMeans.of(f, SPEC)).hasMessage("the treated column 'g' must hold 0 or 1; row 2 has 2");
        Frame text = Frame.of(NumericColumn.of("y", 1, 2), CategoricalColumn.of("g", "a", "b"), NumericColumn.of("p", 0, 1));
        assertThatThrownBy(() -> DidMeans.of(text, SPEC))
                .hasMessageStartingWith("the treated column 'g' must hold 0/1 or true/false, but it is categorical");
    }

    @Test
    void outcomeMustBeNumericAndFinite() {
        Frame f = design(new double[] {1, Double.POSITIVE_INFINITY, 3, 4}, new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1});
        assertThatThrownBy(() -> DidMeans.of(f, SPEC)).hasMessage("the outcome column 'y' must be finite; row 2 has Infinity");
        assertThatThrownBy(() -> DidMeans.of(f, DidSpec.of("nope", "g", "p"))).hasMessageContaining("nope");
    }

    @Test
    void booleanIndicatorsWork() {
        Frame f = Frame.of(NumericColumn.of("y", 1, 2, 3, 4, 5, 6, 7, 9),
                BooleanColumn.of("g", false, false, false, false, true, true, true, true),
                BooleanColumn.of("p", false, false, true, true, false, false, true, true));
        org.assertj.core.api.Assertions.assertThat(DidMeans.of(f, SPEC).did().estimate()).isEqualTo(0.5);
        org.assertj.core.api.Assertions.assertThat(new DidRegression().fit(f, SPEC).effect().estimate())
                .isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void specAndSettingsAreChecked() {
        assertThatThrownBy(() -> DidSpec.of("y", "y", "p"))
                .hasMessage("outcome, treated and post must be three different columns, got 'y', 'y', 'p'");
        assertThatThrownBy(() -> DidSpec.of("y", " ", "p")).hasMessage("the treated column must be named");
        assertThatThrownBy(() -> new DidRegression(CovarianceType.HC1, "id"))
                .hasMessage("a cluster column ('id') needs the cluster covariance, not hc1");
        Frame f = design(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, new double[] {0, 0, 0, 0, 1, 1, 1, 1},
                new double[] {0, 0, 1, 1, 0, 0, 1, 1});
        assertThatThrownBy(() -> new DidRegression(CovarianceType.CLUSTER, null).fit(f, SPEC))
                .hasMessage("cluster-robust standard errors need a cluster column or a unit column");
        assertThatThrownBy(() -> DidMeans.balanced(f, SPEC)).hasMessage("a balanced sample needs a unit column");
        assertThatThrownBy(() -> DidMeans.of(f, SPEC.withUnit("g")))
                .hasMessageStartingWith("unit '0' (column 'g') has more than one row in the pre period");
        assertThatThrownBy(() -> new DidRegression().fit(f, SPEC.withCovariates(List.of("missing_column"))))
                .hasMessageContaining("missing_column");
    }
}
