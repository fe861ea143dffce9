package dev.lathe.monitor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.monitor.ColumnDrift;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.DriftDetector;
import dev.lathe.monitor.DriftOptions;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Label shift (the share of positives changes, each class's inputs do not): seen in the predictions' distribution
 * before labels arrive, in the label column once they do, and in the inputs it moves; CBPE's estimate then goes
 * wrong, because the calibration learnt under the old class shares no longer holds.
 */
class LabelShiftScenarioTest {

    private static final DriftDetector DETECTOR = new DriftDetector(DriftOptions.defaults());

    /** n rows: y = pos with probability prior; x ~ N(+1, 1) for pos, N(-1, 1) for neg; score sigmoid(2x). */
    private static Frame rows(int n, double prior, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] score = new double[n];
        String[] y = new String[n];
        for (int i = 0; i < n; i++) {
            boolean positive = r.nextDouble() < prior;
            double g = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
            x[i] = (positive ? 1 : -1) + g;
            score[i] = 1 / (1 + Math.exp(-2 * x[i]));
            y[i] = positive ? "pos" : "neg";
        }
        return Frame.of(NumericColumn.of("x", x), NumericColumn.of("score", score), CategoricalColumn.of("y", y));
    }

    private static ColumnDrift column(DatasetDrift d, String name) {
        return d.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static boolean[] positives(Frame f) {
        boolean[] out = new boolean[f.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.column("y").format(i).equals("pos");
        }
        return out;
    }

    @Test
    void aLabelShiftIsSeenInPredictionsLabelsAndInputs() {
        Frame reference = rows(800, 0.5, 1);
        Frame shifted = rows(800, 0.8, 2);
        DatasetDrift drift = DETECTOR.detect(reference, shifted);
        assertThat(column(drift, "score").drift()).as("prediction drift, before labels").isTrue();
        assertThat(column(drift, "y").drift()).as("label drift, once labels arrive").isTrue();
        assertThat(column(drift, "x").drift()).isTrue();
        DatasetDrift same = DETECTOR.detect(reference, rows(800, 0.5, 3));
        assertThat(same.columns()).noneMatch(ColumnDrift::drift);
    }

    @Test
    void cbpeIsBiasedUnderLabelShiftBecauseTheCalibrationMoved() {
        Frame reference = rows(20_000, 0.5, 4);
        Cbpe cbpe = Cbpe.fit(reference.numeric("score").toArray(), positives(reference), 0.5);
        Frame shifted = rows(20_000, 0.9, 5);
        double[] scores = shifted.numeric("score").toArray();
        Map<String, Double> estimated = cbpe.estimate(scores);
        Map<String, Double> realised = PerformanceMonitor.realised(scores, positives(shifted), 0.5);
        // the true P(pos | x) rose with the prior, so the calibrated probabilities understate positives
        assertThat(estimated.get("precision")).isLessThan(realised.get("precision") - 0.05);
    }
}
