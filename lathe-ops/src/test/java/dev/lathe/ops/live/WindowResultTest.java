package dev.lathe.ops.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.DriftOptions;
import dev.lathe.monitor.ProfileDrift;
import dev.lathe.monitor.profile.DataProfile;
import dev.lathe.monitor.profile.ProfileOptions;
import dev.lathe.monitor.profile.Profiler;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A window's metric map says what alert rules read: p-values for tests, distances for distances. */
class WindowResultTest {

    private static Frame data(SplittableRandom rng, int n, double shift) {
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = shift + rng.nextGaussian();
            b[i] = rng.nextGaussian();
        }
        return Frame.of(NumericColumn.of("a", a), NumericColumn.of("b", b));
    }

    @Test
    void metricsHoldTheVerdictsAndScores() {
        SplittableRandom rng = new SplittableRandom(1);
        ProfileDrift drift = new ProfileDrift(DriftOptions.defaults());
        DataProfile small = Profiler.profile(data(rng, 500, 0), ProfileOptions.defaults());
        DatasetDrift features = drift.detect(small, data(rng, 300, 2));
        DataProfile large = Profiler.profile(data(rng, 5000, 0), ProfileOptions.defaults());
        DatasetDrift predictions = drift.detect(large, data(rng, 300, 0));
        WindowResult w = new WindowResult("m", Instant.EPOCH, Instant.EPOCH.plusSeconds(5), 300, features,
                predictions);
        Map<String, Double> m = w.metrics();
        assertThat(m.get("rows")).isEqualTo(300.0);
        assertThat(m.get("dataset_drift")).isEqualTo(1.0);
        assertThat(m.get("drift_share")).isEqualTo(0.5);
        assertThat(m.get("feature_drift_score:a")).isEqualTo(features.columns().get(0).pValue()).isLessThan(1e-10);
        assertThat(m.get("feature_drift_score:b")).isEqualTo(features.columns().get(1).pValue()).isGreaterThan(0.05);
        assertThat(m.get("prediction_drift")).isEqualTo(0.0);
        assertThat(m.get("prediction_drift_score:a")).isEqualTo(predictions.columns().get(0).statistic())
                .isLessThan(0.1);
    }
}
