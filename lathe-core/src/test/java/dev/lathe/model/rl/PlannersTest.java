package dev.lathe.model.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Value and policy iteration against exact solutions computed independently here: the values of the
 * returned policy from the linear system {@code (I - gamma P_pi) v = r_pi} (EJML), Bellman optimality of
 * those values, closed forms on deterministic maps.
 */
class PlannersTest {

    /** The exact values of {@code policy}: solves (I - gamma P) v = r over the non-terminal states. */
    static double[] exactValues(FiniteMdp mdp, int[] policy, double gamma) {
        int n = mdp.states();
        DMatrixRMaj a = CommonOps_DDRM.identity(n);
        DMatrixRMaj r = new DMatrixRMaj(n, 1);
        for (int s = 0; s < n; s++) {
            if (mdp.isTerminal(s)) {
                continue;
            }
            for (Transition t : mdp.transitions(s, policy[s])) {
                r.add(s, 0, t.probability() * t.reward());
                if (!t.terminal()) {
                    a.add(s, t.next(), -gamma * t.probability());
                }
            }
        }
        DMatrixRMaj v = new DMatrixRMaj(n, 1);
        assertThat(CommonOps_DDRM.solve(a, r, v)).isTrue();
        return v.getData();
    }

    private static void assertBellmanOptimal(FiniteMdp mdp, double[] v, double gamma) {
        for (int s = 0; s < mdp.states(); s++) {
            if (mdp.isTerminal(s)) {
                continue;
            }
            for (int a = 0; a < mdp.actions(); a++) {
                double q = 0;
                for (Transition t : mdp.transitions(s, a)) {
                    q += t.probability() * (t.reward() + (t.terminal() ? 0 : gamma * v[t.next()]));
                }
                assertThat(q).as("state %d action %d", s, a).isLessThanOrEqualTo(v[s] + 1e-9);
            }
        }
    }

    @Test
    void valueIterationOnSlipperyFrozenLakeMatchesTheExactSolution() {
        for (double gamma : new double[] {0.9, 0.99}) {
            FrozenLake lake = new FrozenLake(true);
            Solution vi = new ValueIteration(gamma, 1e-12, 100_000).solve(lake);
            double[] exact = exactValues(lake, vi.policy(), gamma);
            assertThat(vi.values()).containsExactly(exact, within(1e-9));
            assertBellmanOptimal(lake, exact, gamma);
            assertThat(exact[lake.start()]).isGreaterThan(0.0);
        }
    }

    @Test
    void valueIterationOnTheSlippery8x8LakeMatchesTheExactSolution() {
        FrozenLake lake = new FrozenLake(FrozenLake.MAP_8X8, true);
        Solution vi = new ValueIteration(0.99, 1e-12, 100_000).solve(lake);
        double[] exact = exactValues(lake, vi.policy(), 0.99);
        assertThat(vi.values()).containsExactly(exact, within(1e-9));
        assertBellmanOptimal(lake, exact, 0.99);
    }

    @Test
    void policyIterationFindsTheSameValuesAsValueIteration() {
        FrozenLake lake = new FrozenLake(true);
        Solution vi = new ValueIteration(0.95, 1e-12, 100_000).solve(lake);
        Solution pi = new PolicyIteration(0.95, 1e-12, 1000).solve(lake);
        assertThat(pi.values()).containsExactly(vi.values(), within(1e-8));
        assertThat(exactValues(lake, pi.policy(), 0.95)).containsExactly(vi.values(), within(1e-8));
    }

    @Test
    void onTheNonSlipperyLakeTheStartIsWorthGammaToTheFifth() {
        // the shortest safe walk from S to G takes 6 moves; only the last one pays 1
        Solution vi = new ValueIteration(0.9, 1e-12, 10_000).solve(new FrozenLake(false));
        assertThat(vi.values()[0]).isCloseTo(Math.pow(0.9, 5), within(1e-10));
        assertThat(GreedyPath.follow(new FrozenLake(false), vi.policy(), 100)).hasSize(7).endsWith(15);
    }

    @Test
    void gridWorldValuesAreMinusTheShortestPathLength() {
        GridWorld world = new GridWorld();
        Solution vi = new ValueIteration(1, 1e-12, 10_000).solve(world);
        int[] distance = breadthFirstDistances(world.grid());
        for (int s = 0; s < world.states(); s++) {
            if (world.grid().at(s) != '#') {
                assertThat(vi.values()[s]).as("state %d", s).isCloseTo(-distance[s], within(1e-9));
            }
        }
        assertThat(GreedyPath.follow(world, vi.policy(), 100)).hasSize(distance[world.start()] + 1);
        Solution pi = new PolicyIteration(0.999, 1e-12, 1000).solve(world);
        assertThat(GreedyPath.follow(world, pi.policy(), 100)).hasSize(distance[world.start()] + 1);
    }

    private static int[] breadthFirstDistances(Grid g) {
        int[] d = new int[g.cells()];
        Arrays.fill(d, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < g.cells(); s++) {
            if (g.at(s) == 'G') {
                d[s] = 0;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int a = 0; a < 4; a++) {
                int n = g.move(s, a);
                if (g.at(n) != '#' && d[n] < 0) {
                    d[n] = d[s] + 1;
                    queue.add(n);
                }
            }
        }
        return d;
    }
}
