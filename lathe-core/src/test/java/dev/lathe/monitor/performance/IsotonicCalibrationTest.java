package dev.lathe.monitor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Against scikit-learn's IsotonicRegression (fixtures/performance/isotonic.json; producer in the README there). */
class IsotonicCalibrationTest {

    @Test
    void matchesScikitLearnWithTiesInterpolationAndClipping() {
        JsonNode f = JsonFixtures.read("performance/isotonic.json");
        double[] scores = new double[f.get("scores").size()];
        boolean[] labels = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = f.get("scores").get(i).asDouble();
            labels[i] = f.get("labels").get(i).asBoolean();
        }
        IsotonicCalibration c = IsotonicCalibration.fit(scores, labels);
        for (int q = 0; q < f.get("query").size(); q++) {
            assertThat(c.apply(f.get("query").get(q).asDouble())).as("query %d", q)
                    .isCloseTo(f.get("predicted").get(q).asDouble(), within(1e-12));
        }
    }

    @Test
    void isNonDecreasing() {
        IsotonicCalibration c = IsotonicCalibration.fit(new double[] {0.1, 0.2, 0.3, 0.4, 0.5},
                new boolean[] {true, false, false, true, true});
        double previous = -1;
        for (double s = 0; s <= 0.6; s += 0.01) {
            assertThat(c.apply(s)).isGreaterThanOrEqualTo(previous);
            previous = c.apply(s);
        }
        assertThat(c.apply(0.1)).isEqualTo(1.0 / 3);
        assertThat(c.apply(0.5)).isEqualTo(1.0);
    }

    @Test
    void refusesUnusableInput() {
        assertThatThrownBy(() -> IsotonicCalibration.fit(new double[0], new boolean[0])).hasMessageContaining("non-zero length");
        assertThatThrownBy(() -> IsotonicCalibration.fit(new double[] {0.1, Double.NaN}, new boolean[] {true, false}))
                .hasMessageContaining("score 1 is NaN");
        assertThatThrownBy(() -> IsotonicCalibration.fit(new double[] {0.1}, new boolean[] {true, false}))
                .hasMessageContaining("got 1 and 2");
    }
}
