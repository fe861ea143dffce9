package dev.lathe.monitor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CBPE's estimates against what the labels later show: unbiased while the calibration holds (covariate shift
 * included), blind to concept drift, which only labels reveal.
 */
class CbpeTest {

    /** Rows with x ~ N(mean, sd) and P(y = 1 | x) = sigmoid(slope x); the model's score is sigmoid(3 x). */
    private record Rows(double[] scores, boolean[] labels) {
        static Rows draw(int n, double mean, double sd, double slope, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double[] s = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                double x = mean + sd * gaussian(r);
                s[i] = sigmoid(3 * x);
                y[i] = r.nextDouble() < sigmoid(slope * x);
            }
            return new Rows(s, y);
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static final Rows REFERENCE = Rows.draw(100_000, 1, 1, 3, 1);
    private static final Cbpe CBPE = Cbpe.fit(REFERENCE.scores(), REFERENCE.labels(), 0.5);

    @Test
    void theEstimateIsTheMeanOfWhatLabelsWouldShow() {
        // 500 rows whose labels are drawn 2,000 times from the true probabilities: CBPE's accuracy, precision,
        // recall and F1 are expectations over those draws, so they must sit within a few standard errors of the
        // draws' mean (the calibration, fitted on 100,000 reference rows, adds about 0.003)
        Rows rows = Rows.draw(500, 0.5, 1, 3, 2);
        Map<String, Double> est = CBPE.estimate(rows.scores());
        SplittableRandom r = new SplittableRandom(3);
        double[] mean = new double[5];
        int draws = 2000;
        for (int d = 0; d < draws; d++) {
            boolean[] labels = new boolean[rows.scores().length];
            for (int i = 0; i < labels.length; i++) {
                double x = Math.log(rows.scores()[i] / (1 - rows.scores()[i])) / 3;
                labels[i] = r.nextDouble() < sigmoid(3 * x);
            }
            Map<String, Double> real = PerformanceMonitor.realised(rows.scores(), labels, 0.5);
            int k = 0;
            for (String m : List.of("accuracy", "precision", "recall", "f1", "roc_auc")) {
                mean[k++] += real.get(m) / draws;
            }
        }
        int k = 0;
        for (String m : List.of("accuracy", "precision", "recall", "f1", "roc_auc")) {
            assertThat(est.get(m)).as(m).isCloseTo(mean[k++], within(0.01));
        }
        assertThat(est.get("tp") + est.get("fp") + est.get("tn") + est.get("fn")).isCloseTo(500, within(1e-9));
    }

    @Test
    void aCovariateShiftThatHurtsAccuracyIsSeenWithoutLabels() {
        PerformanceMonitor monitor = new PerformanceMonitor(CBPE, 1000);
        Rows reference = Rows.draw(20_000, 1, 1, 3, 4);
        double[] spread = monitor.referenceSpread(reference.scores(), reference.labels()).get("estimated_accuracy");
        double refMean = java.util.Arrays.stream(spread).average().orElseThrow();
        double refSd = Math.sqrt(java.util.Arrays.stream(spread).map(v -> (v - refMean) * (v - refMean)).sum()
                / (spread.length - 1));
        Rows shifted = Rows.draw(5000, 0, 0.4, 3, 5);
        List<PerformanceWindow> windows = monitor.windows(shifted.scores(), shifted.labels());
        assertThat(windows).hasSize(5);
        for (PerformanceWindow w : windows) {
            double estimated = w.estimated().get("accuracy");
            assertThat(estimated).as("window %d estimate vs realised", w.index())
                    .isCloseTo(w.realised().get("accuracy"), within(0.05));
            assertThat(estimated).as("window %d below the reference band", w.index()).isLessThan(refMean - 3 * refSd);
        }
    }

    @Test
    void conceptDriftWithUnchangedInputsIsInvisibleToTheEstimateButNotToTheLabels() {
        Rows flipped = Rows.draw(5000, 1, 1, -3, 6);
        Map<String, Double> est = CBPE.estimate(flipped.scores());
        Map<String, Double> real = PerformanceMonitor.realised(flipped.scores(), flipped.labels(), 0.5);
        Map<String, Double> before = CBPE.estimate(Rows.draw(5000, 1, 1, 3, 7).scores());
        assertThat(est.get("accuracy")).isCloseTo(before.get("accuracy"), within(0.02));
        assertThat(real.get("accuracy")).isLessThan(est.get("accuracy") - 0.5);
    }

    @Test
    void refusesUnusableInput() {
        assertThatThrownBy(() -> CBPE.estimate(new double[0])).hasMessageContaining("no rows");
        assertThatThrownBy(() -> CBPE.estimate(new double[] {0.2, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("score 1 is Infinity");
        assertThatThrownBy(() -> Cbpe.fit(new double[] {0.1}, new boolean[] {true}, Double.NaN))
                .hasMessageContaining("threshold must be finite");
        assertThatThrownBy(() -> new PerformanceMonitor(CBPE, 1)).hasMessageContaining("at least 2 rows");
        assertThatThrownBy(() -> new PerformanceMonitor(CBPE, 10).windows(new double[5], null))
                .hasMessageContaining("fewer than one window of 10");
        assertThatThrownBy(() -> new PerformanceMonitor(CBPE, 2).windows(new double[5], new boolean[4]))
                .hasMessageContaining("5 scores but 4 labels");
    }

    @Test
    void windowsCoverEveryRowOnceAndAShortTailJoinsTheLastWindow() {
        PerformanceMonitor m = new PerformanceMonitor(CBPE, 100);
        Rows rows = Rows.draw(340, 1, 1, 3, 8);
        List<PerformanceWindow> w = m.windows(rows.scores(), null);
        assertThat(w).extracting(PerformanceWindow::start).containsExactly(0, 100, 200);
        assertThat(w.get(2).end()).isEqualTo(340);
        assertThat(w.get(0).realised()).isEmpty();
        assertThat(m.windows(Rows.draw(360, 1, 1, 3, 8).scores(), null)).hasSize(4);
    }
}
