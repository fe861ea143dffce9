package dev.lathe.stats.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The always-valid monitor keeps its error rate under peeking, where repeated fixed-horizon tests do not. */
class SequentialPathTest {

    private static final int RUNS = 400;
    private static final int ROWS = 2000;
    private static final int LOOKS = 20;

    @Test
    void peekingAtAnATestKeepsTheAlwaysValidErrorRateButNotTheNaiveOne() {
        Random random = new Random(5);
        int sequentialErrors = 0;
        int naiveErrors = 0;
        for (int run = 0; run < RUNS; run++) {
            double[] y = new double[ROWS];
            int[] arm = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                arm[i] = random.nextInt(2);
                y[i] = 10 + 3 * random.nextGaussian();
            }
            SequentialPath p = SequentialPath.monitor(y, arm, 0, 1, LOOKS, 3 * Math.sqrt(4.0 / ROWS), 0.05);
            if (p.rejected()) {
                sequentialErrors++;
            }
            for (double fixed : p.fixedP()) {
                if (fixed < 0.05) {
                    naiveErrors++;
                    break;
                }
            }
        }
        // 400 A/A runs: a 5% rate has a binomial SD of about 1.1 points
        assertThat(sequentialErrors / (double) RUNS).isLessThan(0.07);
        assertThat(naiveErrors / (double) RUNS).isGreaterThan(0.12);
    }

    @Test
    void confidenceSequenceCoversTheTrueDifferenceAtEveryLookAndFindsARealEffect() {
        Random random = new Random(9);
        int misses = 0;
        int found = 0;
        for (int run = 0; run < 200; run++) {
            double[] y = new double[ROWS];
            int[] arm = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                arm[i] = random.nextInt(2);
                y[i] = 10 + 0.6 * arm[i] + 3 * random.nextGaussian();
            }
            SequentialPath p = SequentialPath.monitor(y, arm, 0, 1, LOOKS, 3 * Math.sqrt(4.0 / ROWS), 0.05);
            for (int l = 0; l < p.size(); l++) {
                if (p.low()[l] > 0.6 || p.high()[l] < 0.6) {
                    misses++;
                    break;
                }
            }
            if (p.rejected()) {
                found++;
            }
        }
        assertThat(misses / 200.0).isLessThan(0.07);
        assertThat(found / 200.0).isGreaterThan(0.5);
    }

    @Test
    void pValueNeverRisesAndLooksWaitForBothArms() {
        double[] y = new double[100];
        int[] arm = new int[100];
        for (int i = 0; i < 100; i++) {
            arm[i] = i < 30 ? 0 : i % 2;
            y[i] = i % 7 + arm[i];
        }
        SequentialPath p = SequentialPath.monitor(y, arm, 0, 1, 10, 1, 0.05);
        assertThat(p.rows()[0]).isEqualTo(50);
        for (int l = 1; l < p.size(); l++) {
            assertThat(p.pValue()[l]).isLessThanOrEqualTo(p.pValue()[l - 1]);
        }
        assertThat(p.pValue()[0]).isBetween(0.0, 1.0);
        assertThat(p.estimate()[p.size() - 1]).isCloseTo(mean(y, arm, 1) - mean(y, arm, 0), within(1e-12));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> SequentialPath.monitor(new double[4], new int[4], 0, 1, 0, 1, 0.05))
                .hasMessageContaining("at least one look, got 0");
        assertThatThrownBy(() -> SequentialPath.monitor(new double[4], new int[4], 0, 1, 3, -1, 0.05))
                .hasMessageContaining("positive and finite, got -1.0");
    }

    private static double mean(double[] y, int[] arm, int a) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (arm[i] == a) {
                s += y[i];
                n++;
            }
        }
        return s / n;
    }
}
