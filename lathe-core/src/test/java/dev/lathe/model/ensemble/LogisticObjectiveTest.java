package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.loss.Losses;
import dev.lathe.math.Shuffle;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticObjectiveTest {

    private static final int N = 1_000;

    @Test
    void gradientsAfterAHundredTreesOfLeafUpdatesEqualTheLogLossFromTheScores() {
        SplittableRandom random = new SplittableRandom(9);
        double[] y = new double[N];
        double[] w = new double[N];
        for (int r = 0; r < N; r++) {
            y[r] = random.nextBoolean() ? 1 : 0;
            w[r] = 0.5 + random.nextDouble();
        }
        LogisticObjective objective = objective();
        double[][] raw = {filled(0.3)};
        objective.start(raw);
        int[] rows = identity();
        for (int tree = 0; tree < 100; tree++) {
            Shuffle.inPlace(rows, random);
            for (int from = 0; from < N; from += 50) { // twenty leaves of fifty rows
                objective.add(raw, 0, rows, from, from + 50, random.nextGaussian() * 0.3);
            }
        }

        assertGradientsFromScores(objective, y, w, raw, 1e-13);
        assertThat(Arrays.stream(raw[0]).map(Math::abs).max().orElseThrow()).isGreaterThan(3);
    }

    @Test
    void scoresDrivenPastTheRangeOfExpAndBackGiveTheGradientsOfTheirScores() {
        double[] y = new double[N];
        Arrays.fill(y, 0, N / 2, 1);
        LogisticObjective objective = objective();
        double[][] raw = {filled(0)};
        objective.start(raw);
        int[] rows = identity();
        objective.add(raw, 0, rows, 0, N / 2, 800); // e^-800 is 0
        objective.add(raw, 0, rows, N / 2, N, -800); // e^800 is infinite
        objective.add(raw, 0, rows, 0, N, 1_000); // e^-1000 is 0 for every row; the rows at -800 land at 200
        objective.add(raw, 0, rows, 0, N, -1_199); // back: 601 and -999

        assertThat(raw[0][0]).isEqualTo(601);
        assertThat(raw[0][N - 1]).isEqualTo(-999);
        objective.add(raw, 0, rows, 0, N, -600.5); // 0.5 and -1599.5: no value stuck at 0 or infinity
        assertGradientsFromScores(objective, y, null, raw, 1e-15);
    }

    @Test
    void baseScoreAndMeanLossAreTheLogLossOnes() {
        double[] y = {1, 0, 1, 1};
        int[] rows = {0, 1, 2, 3};
        LogisticObjective objective = objective();
        double[][] raw = {{0.2, -0.4, 1.5, 0}};

        assertThat(objective.baseScores(y, null, rows)[0]).isCloseTo(Math.log(3), within(1e-12));
        double expected = 0;
        for (int r = 0; r < 4; r++) {
            expected += Losses.log().value(y[r], raw[0][r]) / 4;
        }
        assertThat(objective.meanLoss(y, null, raw, rows)).isCloseTo(expected, within(1e-15));
        assertThat(objective.outputs()).isEqualTo(1);
    }

    /** The gradients of {@code objective} on all rows equal the log loss's own from the scores. */
    private static void assertGradientsFromScores(LogisticObjective objective, double[] y, double[] w,
                                                  double[][] raw, double relative) {
        double[][] g = new double[1][N];
        double[][] h = new double[1][N];
        objective.gradients(y, w, raw, identity(), 0, N, g, h);
        double[] eg = new double[N];
        double[] eh = new double[N];
        Losses.log().derivatives(y, raw[0], w, identity(), 0, N, eg, eh);
        for (int r = 0; r < N; r++) {
            assertThat(g[0][r]).as("gradient of row %d", r).isCloseTo(eg[r], within(relative * Math.abs(eg[r])));
            assertThat(h[0][r]).as("Hessian of row %d", r).isCloseTo(eh[r], within(relative * eh[r]));
        }
    }

    private static LogisticObjective objective() {
        return new LogisticObjective(new PointwiseObjective(Losses.log(), (yy, ww, rows) -> {
            double p = PointwiseObjective.mean(yy, ww, rows);
            return Math.log(p / (1 - p));
        }));
    }

    private static double[] filled(double v) {
        double[] a = new double[N];
        Arrays.fill(a, v);
        return a;
    }

    private static int[] identity() {
        int[] rows = new int[N];
        Arrays.setAll(rows, i -> i);
        return rows;
    }
}
