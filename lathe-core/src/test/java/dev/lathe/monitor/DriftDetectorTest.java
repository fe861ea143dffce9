package dev.lathe.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Synthetic scenarios: each kind of change is found, samples of one distribution rarely are. */
class DriftDetectorTest {

    private static final DriftDetector DETECTOR = new DriftDetector(DriftOptions.defaults());
    private static final String[] LEVELS = {"a", "b", "c"};

    private static double[] normal(SplittableRandom rng, int n, double mean, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + sd * rng.nextGaussian();
        }
        return v;
    }

    private static String[] categories(SplittableRandom rng, int n, String... levels) {
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = levels[rng.nextInt(levels.length)];
        }
        return v;
    }

    private static Frame frame(double[] x, String[] c) {
        return Frame.of(NumericColumn.of("x", x), CategoricalColumn.of("c", c));
    }

    private static ColumnDrift verdict(DatasetDrift drift, String name) {
        return drift.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void meanShiftIsFoundByKsOnSmallReferencesAndWassersteinOnLargeOnes() {
        SplittableRandom rng = new SplittableRandom(1);
        DatasetDrift small = DETECTOR.detect(frame(normal(rng, 500, 0, 1), categories(rng, 500, LEVELS)),
                frame(normal(rng, 500, 0.5, 1), categories(rng, 500, LEVELS)));
        assertThat(verdict(small, "x").method()).isEqualTo(DriftMethod.KS);
        assertThat(verdict(small, "x").drift()).isTrue();
        assertThat(verdict(small, "c").drift()).isFalse();
        assertThat(small.driftShare()).isEqualTo(0.5);
        assertThat(small.datasetDrift()).isTrue();
        DatasetDrift large = DETECTOR.detect(frame(normal(rng, 5000, 0, 1), categories(rng, 5000, LEVELS)),
                frame(normal(rng, 5000, 0.5, 1), categories(rng, 5000, LEVELS)));
        assertThat(verdict(large, "x").method()).isEqualTo(DriftMethod.WASSERSTEIN);
        assertThat(verdict(large, "x").drift()).isTrue();
        assertThat(verdict(large, "c").method()).isEqualTo(DriftMethod.JENSEN_SHANNON);
        assertThat(verdict(large, "c").drift()).isFalse();
    }

    @Test
    void varianceChangeIsFound() {
        SplittableRandom rng = new SplittableRandom(2);
        DatasetDrift drift = DETECTOR.detect(frame(normal(rng, 800, 0, 1), categories(rng, 800, LEVELS)),
                frame(normal(rng, 800, 0, 2), categories(rng, 800, LEVELS)));
        assertThat(verdict(drift, "x").drift()).isTrue();
    }

    @Test
    void aNewCategoryIsFoundByChiSquareAndJensenShannon() {
        SplittableRandom rng = new SplittableRandom(3);
        DatasetDrift small = DETECTOR.detect(frame(normal(rng, 600, 0, 1), categories(rng, 600, LEVELS)),
                frame(normal(rng, 600, 0, 1), categories(rng, 600, "a", "b", "c", "d")));
        assertThat(verdict(small, "c").method()).isEqualTo(DriftMethod.CHI_SQUARE);
        assertThat(verdict(small, "c").distributionDrift()).isTrue();
        DatasetDrift large = DETECTOR.detect(frame(normal(rng, 3000, 0, 1), categories(rng, 3000, LEVELS)),
                frame(normal(rng, 3000, 0, 1), categories(rng, 3000, "a", "b", "c", "d")));
        assertThat(verdict(large, "c").distributionDrift()).isTrue();
    }

    @Test
    void aRiseInMissingValuesIsFound() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] current = normal(rng, 700, 0, 1);
        for (int i = 0; i < current.length; i += 5) {
            current[i] = Double.NaN;
        }
        DatasetDrift drift = DETECTOR.detect(frame(normal(rng, 700, 0, 1), categories(rng, 700, LEVELS)),
                frame(current, categories(rng, 700, LEVELS)));
        ColumnDrift x = verdict(drift, "x");
        assertThat(x.distributionDrift()).isFalse();
        assertThat(x.missingDrift()).isTrue();
        assertThat(x.currentMissing()).isEqualTo(0.2);
        assertThat(x.drift()).isTrue();
    }

    @Test
    void twoCategoriesUseTheZTest() {
        SplittableRandom rng = new SplittableRandom(5);
        DatasetDrift drift = DETECTOR.detect(frame(normal(rng, 300, 0, 1), categories(rng, 300, "y", "n")),
                frame(normal(rng, 300, 0, 1), categories(rng, 300, "y", "n", "n", "n")));
        assertThat(verdict(drift, "c").method()).isEqualTo(DriftMethod.Z);
        assertThat(verdict(drift, "c").drift()).isTrue();
    }

    @Test
    void samplesOfOneDistributionDriftAtNoMoreThanTheNominalRate() {
        int repetitions = 200;
        int numeric = 0;
        int categorical = 0;
        for (int r = 0; r < repetitions; r++) {
            SplittableRandom rng = new SplittableRandom(1000 + r);
            DatasetDrift drift = DETECTOR.detect(frame(normal(rng, 200, 0, 1), categories(rng, 200, LEVELS)),
                    frame(normal(rng, 200, 0, 1), categories(rng, 200, LEVELS)));
            numeric += verdict(drift, "x").drift() ? 1 : 0;
            categorical += verdict(drift, "c").drift() ? 1 : 0;
        }
        // nominal 5 % = 10 of 200; 17 is the nominal rate plus 2.3 binomial standard deviations
        assertThat(numeric).isLessThanOrEqualTo(17);
        assertThat(categorical).isLessThanOrEqualTo(17);
    }

    @Test
    void aFailingColumnIsReportedAndTheOthersGoOn() {
        Frame reference = Frame.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7), NumericColumn.of("empty",
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                NumericColumn.of("retyped", 1, 2, 3, 4, 5, 6, 7), TextColumn.of("note", "a", "b", "c", "d", "e", "f", "g"));
        Frame current = Frame.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7), NumericColumn.of("empty",
                1, 2, 3, 4, 5, 6, 7), CategoricalColumn.of("retyped", "a", "b", "a", "b", "a", "b", "a"),
                TextColumn.of("note", "a", "b", "c", "d", "e", "f", "g"));
        DatasetDrift drift = DETECTOR.detect(reference, current);
        assertThat(verdict(drift, "x").failed()).isFalse();
        assertThat(verdict(drift, "empty").error()).isEqualTo("no present values in the reference");
        assertThat(verdict(drift, "retyped").error())
                .isEqualTo("type changed from numeric in the reference to categorical");
        assertThat(verdict(drift, "note").error()).isEqualTo("text columns are not monitored for drift");
        assertThat(drift.driftShare()).isZero();
        assertThat(drift.datasetDrift()).isFalse();
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        Frame reference = Frame.of(NumericColumn.of("x", 1, 2), NumericColumn.of("y", 1, 2));
        assertThatThrownBy(() -> DETECTOR.detect(reference, Frame.of(NumericColumn.of("x", 1, 2))))
                .hasMessage("the current data lacks reference column(s) [y]");
        assertThatThrownBy(() -> DETECTOR.detect(reference, reference.head(0)))
                .hasMessage("the current data has no rows");
        assertThatThrownBy(() -> DETECTOR.detect(reference.head(0), reference))
                .hasMessage("the reference data is empty (0 rows, 2 columns)");
    }
}
