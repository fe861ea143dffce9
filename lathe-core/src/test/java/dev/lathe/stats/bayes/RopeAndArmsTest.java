package dev.lathe.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.parallel.Parallelism;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Region-of-practical-equivalence decisions and the Monte Carlo comparison of many arms. */
class RopeAndArmsTest {

    @Test
    void ropeDecidesByWhereTheHighestDensityIntervalLies() {
        Rope rope = new Rope(-0.1, 0.1);
        assertThat(rope.decide(new NormalKnownVariance(0, 0.0004, 1).distribution(), 0.95).decision())
                .isEqualTo(Rope.Decision.EQUIVALENT);
        assertThat(rope.decide(new NormalKnownVariance(0.5, 0.0004, 1).distribution(), 0.95).decision())
                .isEqualTo(Rope.Decision.DIFFERENT);
        Rope.Result r = rope.decide(new NormalKnownVariance(0.1, 0.0004, 1).distribution(), 0.95);
        assertThat(r.decision()).isEqualTo(Rope.Decision.UNDECIDED);
        assertThat(r.probabilityInside()).isCloseTo(0.5, within(1e-9));
        assertThatThrownBy(() -> new Rope(1, -1)).hasMessageContaining("finite low < high, got [1.0, -1.0]");
    }

    @Test
    void twoArmsByMonteCarloMatchTheClosedForm() {
        ArmSimulation s = ArmSimulation.run(List.of("A", "B"), List.of(new BetaBinomial(40, 60).distribution(),
                new BetaBinomial(70, 90).distribution()), 200_000, 0.95, 7);
        // closed form (refs README, "Bayesian A/B"): 0.7262717462, losses 0.0481119843 and 0.0106119843
        assertThat(s.probabilityBest()[1]).isCloseTo(0.7262717462, within(0.005));
        assertThat(s.expectedLoss()[0]).isCloseTo(0.0481119843, within(0.0005));
        assertThat(s.expectedLoss()[1]).isCloseTo(0.0106119843, within(0.0005));
        assertThat(s.uplift()[1]).isCloseTo(0.0937, within(0.01));
        assertThat(s.upliftInterval().get(1).contains(0)).isTrue();
        assertThat(s.decide(0.02)).isEqualTo("B");
        assertThat(s.decide(0.005)).isNull();
    }

    @Test
    void resultDependsOnTheSeedNotOnTheThreadCount() {
        List<Posterior> arms = List.of(new BetaBinomial(20, 80).distribution(), new BetaBinomial(25, 75).distribution(),
                new BetaBinomial(22, 78).distribution());
        int before = Parallelism.threads();
        ArmSimulation many;
        ArmSimulation one;
        try {
            Parallelism.setThreads(3);
            many = ArmSimulation.run(List.of("a", "b", "c"), arms, 50_000, 0.9, 11);
            Parallelism.setThreads(1);
            one = ArmSimulation.run(List.of("a", "b", "c"), arms, 50_000, 0.9, 11);
        } finally {
            Parallelism.setThreads(before);
        }
        assertThat(one.probabilityBest()).containsExactly(many.probabilityBest());
        assertThat(one.expectedLoss()).containsExactly(many.expectedLoss());
        double total = many.probabilityBest()[0] + many.probabilityBest()[1] + many.probabilityBest()[2];
        assertThat(total).isCloseTo(1, within(1e-12));
        ArmSimulation other = ArmSimulation.run(List.of("a", "b", "c"), arms, 50_000, 0.9, 12);
        assertThat(other.probabilityBest()).isNotEqualTo(many.probabilityBest());
    }

    @Test
    void badInputIsRefused() {
        Posterior p = BetaBinomial.uniform().distribution();
        assertThatThrownBy(() -> ArmSimulation.run(List.of("a"), List.of(p), 5000, 0.9, 1))
                .hasMessageContaining("at least two arms");
        assertThatThrownBy(() -> ArmSimulation.run(List.of("a", "b"), List.of(p, p), 10, 0.9, 1))
                .hasMessageContaining("at least 1000 draws, got 10");
    }
}
