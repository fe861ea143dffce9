package dev.lathe.report.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.model.rl.CliffWalking;
import dev.lathe.model.rl.GreedyPath;
import dev.lathe.model.rl.Solution;
import dev.lathe.model.rl.ValueIteration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reinforcement-learning report: moving averages, curves only for learners, the policy on the map. */
class ReinforcementReportTest {

    @Test
    void movingAverageIsTheTrailingMean() {
        double[] avg = ReinforcementReport.movingAverage(new double[] {1, 3, 5, 7, 9}, 2);
        assertThat(avg).containsExactly(new double[] {1, 2, 4, 6, 8}, within(1e-12));
        assertThat(ReinforcementReport.window(10)).isEqualTo(1);
        assertThat(ReinforcementReport.window(500)).isEqualTo(10);
    }

    @Test
    void aPlannerReportShowsValuesAndThePolicyButNoCurves() {
        CliffWalking cliff = new CliffWalking();
        Solution s = new ValueIteration(1, 1e-10, 1000).solve(cliff);
        List<Integer> path = GreedyPath.follow(cliff, s.policy(), 100);
        String html = ReinforcementReport.of("value_iteration on cliff_walking", Map.of("iterations", s.iterations()),
                null, null, cliff.grid(), s.values(), s.policy(), path).toHtml();
        // the start shows its greedy move (up), the goal its letter
        // values range over the cells where the agent decides: -14 at the top left, -1 beside the goal
        assertThat(html).contains("value_iteration on cliff_walking", "State values", "[↑]", "[G]", "<svg",
                "lowest -14.00, highest -1.000").doesNotContain("Learning curves");
        // the path runs along the row above the cliff: eleven moves right, then down to the goal
        assertThat(html.split("\\[→\\]", -1).length - 1).isEqualTo(11);
        assertThat(html.split("\\[↓\\]", -1).length - 1).isEqualTo(1);
    }

    @Test
    void aLearnerReportHasBothCurves() {
        CliffWalking cliff = new CliffWalking();
        Solution s = new ValueIteration(1, 1e-10, 1000).solve(cliff);
        String html = ReinforcementReport.of("q_learning", Map.of(), new double[] {-100, -50, -20, -13},
                new int[] {100, 50, 20, 13}, cliff.grid(), s.values(), s.policy(), List.of(36)).toHtml();
        assertThat(html).contains("Learning curves", "Return per episode", "Steps per episode");
    }
}
