package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TreeParzenProposerTest {

    /** Three model kinds, each with its own hyperparameters. */
    private static final SearchSpace MODELS = SearchSpace.builder()
            .choice("kind", "linear", "tree", "knn")
            .when("kind", "linear").logUniform("c", 1e-3, 1e3)
            .when("kind", "tree").integers("depth", 1, 10)
            .when("kind", "tree").uniform("frac", 0, 1)
            .when("kind", "tree").choice("split", "gini", "entropy", "random")
            .when("kind", "knn").integers("k", 1, 50)
            .build();

    private static double num(Map<String, Object> p, String name) {
        return ((Number) p.get(name)).doubleValue();
    }

    /** Best 1 at kind=tree, depth=6, frac=0.3, split=entropy. */
    private static final ToDoubleFunction<Map<String, Object>> SCORE = p -> switch ((String) p.get("kind")) {
        case "linear" -> 0.7 - 0.05 * Math.pow(Math.log10(num(p, "c")) - 1, 2);
        case "tree" -> 1 - 0.04 * Math.abs(num(p, "depth") - 6) - Math.pow(num(p, "frac") - 0.3, 2)
                - (p.get("split").equals("entropy") ? 0 : 0.1);
        default -> 0.6 - 0.004 * Math.abs(num(p, "k") - 10);
    };

    private static double bestOf(List<Trial> trials) {
        return trials.stream().mapToDouble(t -> t.mean("score")).max().orElseThrow();
    }

    @Test
    void beatsRandomSearchOnAConditionalCategoricalSpace() {
        double tpe = 0;
        double random = 0;
        for (long seed = 0; seed < 5; seed++) {
            tpe += 1 - bestOf(FakeObjective.run(new TreeParzenProposer(40, true, seed), MODELS, SCORE));
            random += 1 - bestOf(FakeObjective.run(new RandomProposer(40, seed), MODELS, SCORE));
        }
        assertThat(tpe / 5).isLessThan(0.05);
        assertThat(tpe * 2).isLessThan(random);
    }

    @Test
    void proposesOnlyTheHyperparametersTheirParentsAllow() {
        List<Trial> trials = FakeObjective.run(new TreeParzenProposer(30, 4, 10, 0.25, true, 1), MODELS, SCORE);
        assertThat(trials).hasSize(30).allSatisfy(t -> assertThat(t.params().keySet()).isEqualTo(
                switch ((String) t.params().get("kind")) {
                    case "linear" -> Set.of("kind", "c");
                    case "tree" -> Set.of("kind", "depth", "frac", "split");
                    default -> Set.of("kind", "k");
                }));
        assertThat(trials).allSatisfy(t -> {
            if (t.params().containsKey("depth")) {
                assertThat(t.params().get("depth")).isInstanceOf(Integer.class);
            }
        });
    }

    @Test
    void isDeterministicPerSeedAndMinimisesWhenSmallerIsBetter() {
        TreeParzenProposer proposer = new TreeParzenProposer(25, 3, 10, 0.25, false, 4);
        ToDoubleFunction<Map<String, Object>> loss = p -> 1 - SCORE.applyAsDouble(p);
        List<Trial> first = FakeObjective.run(proposer, MODELS, loss);
        assertThat(first.stream().map(Trial::params).toList())
                .isEqualTo(FakeObjective.run(proposer, MODELS, loss).stream().map(Trial::params).toList());
        assertThat(first.stream().map(Trial::params).toList()).isNotEqualTo(FakeObjective.run(
                new TreeParzenProposer(25, 3, 10, 0.25, false, 5), MODELS, loss).stream().map(Trial::params).toList());
        double lateBest = first.subList(10, 25).stream().mapToDouble(t -> t.mean("score")).min().orElseThrow();
        double earlyBest = first.subList(0, 10).stream().mapToDouble(t -> t.mean("score")).min().orElseThrow();
        assertThat(lateBest).isLessThan(earlyBest);
    }
}
