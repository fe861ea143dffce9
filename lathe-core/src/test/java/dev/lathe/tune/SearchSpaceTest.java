package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {

    private final SearchSpace logistic = SearchSpace.builder()
            .choice("C", 0.1, 1.0)
            .choice("penalty", "l2", "elasticnet")
            .when("penalty", "elasticnet").uniform("l1_ratio", 0, 1)
            .build();

    @Test
    void gridTriesEveryCombinationAndConditionalParametersOnlyWithTheirParentChoice() {
        List<Map<String, Object>> grid = logistic.grid(3);
        // 2 values of C times (l2, or elasticnet with 3 l1_ratio points)
        assertThat(grid).hasSize(2 * (1 + 3));
        assertThat(grid.get(0)).containsExactly(Map.entry("C", 0.1), Map.entry("penalty", "l2"));
        assertThat(grid.get(1)).containsExactly(Map.entry("C", 0.1), Map.entry("penalty", "elasticnet"),
                Map.entry("l1_ratio", 0.0));
        assertThat(grid.get(3).get("l1_ratio")).isEqualTo(1.0);
        for (Map<String, Object> config : grid) {
            assertThat(config.containsKey("l1_ratio")).isEqualTo(config.get("penalty").equals("elasticnet"));
        }
    }

    @Test
    void samplesStayInTheirRangesAndConditionalParametersFollowTheirParent() {
        SearchSpace space = SearchSpace.builder().logUniform("alpha", 1e-3, 1e3).integers("leaves", 2, 4)
                .choice("penalty", "l2", "elasticnet").when("penalty", "elasticnet").uniform("l1_ratio", 0.2, 0.4)
                .build();
        SplittableRandom rng = new SplittableRandom(7);
        boolean sawBoth = false;
        for (int i = 0; i < 200; i++) {
            Map<String, Object> s = space.sample(rng);
            assertThat((Double) s.get("alpha")).isBetween(1e-3, 1e3);
            assertThat((Integer) s.get("leaves")).isBetween(2, 4);
            assertThat(s.containsKey("l1_ratio")).isEqualTo(s.get("penalty").equals("elasticnet"));
            if (s.containsKey("l1_ratio")) {
                assertThat((Double) s.get("l1_ratio")).isBetween(0.2, 0.4);
                sawBoth = true;
            }
        }
        assertThat(sawBoth).isTrue();
        assertThat(space.sample(new SplittableRandom(3))).isEqualTo(space.sample(new SplittableRandom(3)));
    }

    @Test
    void rangesAreCutIntoEvenGridPoints() {
        assertThat(new Distribution.LogUniform(0.01, 100).grid(5)).containsExactly(0.01, 0.1, 1.0, 10.0, 100.0);
        assertThat(new Distribution.Uniform(0, 1).grid(3)).containsExactly(0.0, 0.5, 1.0);
        assertThat(new Distribution.IntRange(3, 5).grid(5)).containsExactly(3, 4, 5);
        assertThat(new Distribution.IntRange(0, 100).grid(3)).containsExactly(0, 50, 100);
        assertThat(SearchSpace.builder().build().grid(2)).containsExactly(Map.of());
    }

    @Test
    void emptyRangesAreClearErrorsNamingTheParameter() {
        assertThatThrownBy(() -> SearchSpace.builder().uniform("alpha", 1, 1))
                .hasMessage("search space parameter 'alpha': the range [1.0, 1.0] is empty: low must be below high");
        assertThatThrownBy(() -> SearchSpace.builder().logUniform("alpha", 0, 1))
                .hasMessage("search space parameter 'alpha': a log-uniform range needs low above 0, got 0.0");
        assertThatThrownBy(() -> SearchSpace.builder().integers("max_leaf_nodes", 8, 2))
                .hasMessage("search space parameter 'max_leaf_nodes': the range [8, 2] is empty: low is above high");
        assertThatThrownBy(() -> SearchSpace.builder().choice("penalty"))
                .hasMessage("search space parameter 'penalty': the list of choices is empty");
        assertThatThrownBy(() -> SearchSpace.builder().uniform("alpha", 0, Double.POSITIVE_INFINITY))
                .hasMessage("search space parameter 'alpha': the range [0.0, Infinity] must have finite ends");
        assertThatThrownBy(() -> SearchSpace.builder().choice("penalty", "l1", null))
                .hasMessage("search space parameter 'penalty': a choice is null");
        assertThatThrownBy(() -> logistic.grid(1)).hasMessage("grid points per range must be at least 2, got 1");
    }

    @Test
    void badConditionsAndRepeatedNamesAreClearErrors() {
        assertThatThrownBy(() -> SearchSpace.builder().when("penalty", "elasticnet").uniform("l1_ratio", 0, 1).build())
                .hasMessage("search space parameter 'l1_ratio' depends on 'penalty', which is not declared before it");
        assertThatThrownBy(() -> SearchSpace.builder().uniform("C", 0.1, 1).when("C", 0.5).uniform("l1_ratio", 0, 1)
                .build()).hasMessage("search space parameter 'l1_ratio' depends on 'C', which is a range; a parent "
                + "must be a list of choices");
        assertThatThrownBy(() -> SearchSpace.builder().choice("penalty", "l1").when("penalty", "l2")
                .uniform("l1_ratio", 0, 1).build()).hasMessage("search space parameter 'l1_ratio' depends on "
                + "penalty=l2, which is not one of its choices [l1]");
        assertThatThrownBy(() -> SearchSpace.builder().choice("penalty", "l1").when("penalty")
                .uniform("l1_ratio", 0, 1)).hasMessage("search space parameter 'l1_ratio' depends on 'penalty' but "
                + "names none of its values");
        assertThatThrownBy(() -> SearchSpace.builder().choice("a", 1).choice("a", 2).build())
                .hasMessage("search space parameter 'a' is given twice");
        assertThatThrownBy(() -> SearchSpace.builder().choice(" ", 1))
                .hasMessage("a search space parameter needs a name");
    }
}
