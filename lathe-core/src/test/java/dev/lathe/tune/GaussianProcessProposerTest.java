package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class GaussianProcessProposerTest {

    private static final SearchSpace LINE = SearchSpace.builder().uniform("x", -2, 2).build();
    private static final SearchSpace PLANE = SearchSpace.builder().uniform("x", -5, 10).uniform("y", 0, 15).build();

    private static double x(Map<String, Object> p, String name) {
        return ((Number) p.get(name)).doubleValue();
    }

    /** A smooth bump with its maximum 0 at x = 0.7. */
    private static final ToDoubleFunction<Map<String, Object>> BUMP = p -> -Math.pow(x(p, "x") - 0.7, 2);

    /** Branin, negated: maximum -0.397887 at (-pi, 12.275), (pi, 2.275), (9.42478, 2.475). */
    private static final ToDoubleFunction<Map<String, Object>> BRANIN = p -> {
        double a = x(p, "x");
        double b = x(p, "y");
        double t = b - 5.1 / (4 * Math.PI * Math.PI) * a * a + 5 / Math.PI * a - 6;
        return -(t * t + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(a) + 10);
    };

    private static double meanTrialsToReach(SearchSpace space, ToDoubleFunction<Map<String, Object>> f, boolean gp,
                                            int budget, double optimum, double tolerance) {
        double sum = 0;
        for (long seed = 0; seed < 4; seed++) {
            TrialProposer proposer = gp ? new GaussianProcessProposer(budget, true, seed) : new RandomProposer(budget, seed);
            sum += FakeObjective.trialsToReach(FakeObjective.run(proposer, space, f), optimum, tolerance);
        }
        return sum / 4;
    }

    @Test
    void findsTheTopOfAOneDimensionalBumpInFarFewerTrialsThanRandomSearch() {
        double gp = meanTrialsToReach(LINE, BUMP, true, 15, 0, 1e-4);
        double random = meanTrialsToReach(LINE, BUMP, false, 300, 0, 1e-4);
        assertThat(gp).isLessThanOrEqualTo(12);
        assertThat(gp * 4).isLessThan(random);
    }

    @Test
    void findsAMinimumOfBraninInFarFewerTrialsThanRandomSearch() {
        double gp = meanTrialsToReach(PLANE, BRANIN, true, 40, -0.397887, 0.05);
        double random = meanTrialsToReach(PLANE, BRANIN, false, 500, -0.397887, 0.05);
        assertThat(gp).isLessThanOrEqualTo(40);
        assertThat(gp * 4).isLessThan(random);
    }

    @Test
    void minimisesWhenSmallerIsBetter() {
        List<Trial> trials = FakeObjective.run(new GaussianProcessProposer(15, false, 3), LINE,
                p -> Math.pow(x(p, "x") - 0.7, 2));
        assertThat(trials.stream().mapToDouble(t -> t.mean("score")).min().orElseThrow()).isLessThan(1e-3);
    }

    @Test
    void batchesAreDeterministicPerSeedAndCoverMixedSpaces() {
        SearchSpace mixed = SearchSpace.builder().logUniform("c", 1e-3, 1e3).integers("depth", 1, 8)
                .choice("kind", "a", "b").build();
        ToDoubleFunction<Map<String, Object>> f = p -> -Math.pow(Math.log10(x(p, "c")) - 1, 2)
                - Math.abs(x(p, "depth") - 3) - (p.get("kind").equals("b") ? 0 : 1);
        GaussianProcessProposer proposer = new GaussianProcessProposer(14, 3, 5, true, 7);
        List<Trial> first = FakeObjective.run(proposer, mixed, f);
        List<Trial> again = FakeObjective.run(proposer, mixed, f);
        assertThat(first).hasSize(14);
        assertThat(first.stream().map(Trial::params).toList()).isEqualTo(again.stream().map(Trial::params).toList());
        assertThat(first).allSatisfy(t -> assertThat(t.params().get("depth")).isInstanceOf(Integer.class));
        assertThat(FakeObjective.run(new GaussianProcessProposer(14, 3, 5, true, 8), mixed, f).stream()
                .map(Trial::params).toList()).isNotEqualTo(first.stream().map(Trial::params).toList());
        assertThat(first.stream().mapToDouble(t -> t.mean("score")).max().orElseThrow()).isGreaterThan(-1);
    }

    @Test
    void rejectsConditionalSpaces() {
        SearchSpace conditional = SearchSpace.builder().choice("p", "a", "b").when("p", "b").uniform("r", 0, 1).build();
        GaussianProcessProposer proposer = new GaussianProcessProposer(10, true, 0);
        assertThatThrownBy(() -> proposer.propose(conditional, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'r' is conditional");
    }
}
