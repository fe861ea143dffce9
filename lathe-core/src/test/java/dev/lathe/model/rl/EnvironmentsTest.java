package dev.lathe.model.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The environments' dynamics as Gymnasium defines them, their interface, and clear errors on bad input. */
class EnvironmentsTest {

    @Test
    void slipperyIceMovesSidewaysWithProbabilityOneThirdEach() {
        FrozenLake lake = new FrozenLake(true);
        // from cell 6 (row 1, column 2) intending "down" (1): down to 10, or slipping left to 5 or right to 7
        assertThat(lake.transitions(6, 1)).containsExactly(new Transition(1.0 / 3, 10, 0, false),
                new Transition(1.0 / 3, 5, 0, true), new Transition(1.0 / 3, 7, 0, true));
        assertThat(lake.transitions(14, 2)).contains(new Transition(1.0 / 3, 15, 1, true));
        Environment env = lake.environment(100);
        SplittableRandom random = new SplittableRandom(1);
        int[] reached = new int[16];
        for (int i = 0; i < 30_000; i++) {
            env.reset(random);
            reached[env.step(2).observation()]++;
        }
        // from the start, "right" slips up (stays at 0), goes right (1) or slips down (4)
        assertThat(reached[0] / 30_000.0).isCloseTo(1 / 3.0, within(0.01));
        assertThat(reached[1] / 30_000.0).isCloseTo(1 / 3.0, within(0.01));
        assertThat(reached[4] / 30_000.0).isCloseTo(1 / 3.0, within(0.01));
    }

    @Test
    void theCliffSendsTheAgentBackToTheStart() {
        Environment env = new CliffWalking().environment(100);
        assertThat(env.observationSpace().size()).isEqualTo(48);
        assertThat(env.reset(new SplittableRandom(1))).isEqualTo(36);
        assertThat(env.step(2)).isEqualTo(new Step(36, -100, false, false));
        assertThat(env.step(3)).isEqualTo(new Step(24, -1, false, false));
    }

    @Test
    void episodesAreTruncatedAtTheStepLimit() {
        Environment env = new GridWorld().environment(3);
        env.reset(new SplittableRandom(1));
        env.step(3);
        env.step(3);
        Step last = env.step(3);
        assertThat(last.truncated()).isTrue();
        assertThat(last.terminated()).isFalse();
        assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("reset");
    }

    @Test
    void badActionsMapsAndSettingsAreClearErrors() {
        Environment env = new FrozenLake(false).environment(10);
        env.reset(new SplittableRandom(1));
        assertThatThrownBy(() -> env.step(4)).hasMessageContaining("action 4 is outside 0..3");
        assertThatThrownBy(() -> new FrozenLake(List.of("SFF", "FH"), true))
                .hasMessageContaining("row 2 has 2 cells; expected 3");
        assertThatThrownBy(() -> new FrozenLake(List.of("SFX"), true))
                .hasMessageContaining("row 1 column 3 has 'X'");
        assertThatThrownBy(() -> new GridWorld(List.of("S..", "..."), -1)).hasMessageContaining("goal cell 'G'");
        assertThatThrownBy(() -> new FrozenLake(List.of("FFG"), true)).hasMessageContaining("exactly one start");
        assertThatThrownBy(() -> new TdControl(TdControl.Method.SARSA, 0, 1, EpsilonSchedule.constant(0.1), 10, 1))
                .hasMessageContaining("alpha must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> EpsilonSchedule.linear(0.1, 0.5, 10)).hasMessageContaining("end <= start");
        assertThatThrownBy(() -> new BanditTestbed(BanditTestbed.Arms.BERNOULLI, new double[] {0.2, 1.5}, 1))
                .hasMessageContaining("arm 1 has mean 1.5");
        BanditLearner beta = new ThompsonBeta().start(2, new SplittableRandom(1));
        assertThatThrownBy(() -> beta.update(0, 0.5)).hasMessageContaining("rewards 0 or 1");
        assertThatThrownBy(() -> new LogReplay(new Ucb1(), 1).replay(2, new int[] {0, 2}, new double[] {1, 0}))
                .hasMessageContaining("event 2 has arm 2; expected 0..1");
        assertThatThrownBy(() -> new LinUcb().start(2, 3).choose(new double[2]))
                .hasMessageContaining("context has 2 features; expected 3");
    }

    @Test
    void epsilonSchedulesDecayAsDocumented() {
        assertThat(EpsilonSchedule.constant(0.2).at(500)).isEqualTo(0.2);
        EpsilonSchedule linear = EpsilonSchedule.linear(1, 0.1, 10);
        assertThat(linear.at(0)).isEqualTo(1.0);
        assertThat(linear.at(5)).isCloseTo(0.55, within(1e-12));
        assertThat(linear.at(50)).isEqualTo(0.1);
        EpsilonSchedule exp = EpsilonSchedule.exponential(1, 0.01, 100);
        assertThat(exp.at(50)).isCloseTo(0.1, within(1e-12));
        assertThat(exp.at(200)).isEqualTo(0.01);
    }
}
