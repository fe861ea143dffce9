package dev.lathe.ops.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules fire after their consecutive windows, resolve when clear, and follow labelled series on their own. */
class AlertEvaluatorTest {

    private static WindowMetrics window(int minute, Object... nameValue) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return new WindowMetrics(Instant.parse("2026-11-26T12:00:00Z").plusSeconds(60L * minute), values);
    }

    @Test
    void firesOnceAfterTheConsecutiveWindowsAndResolvesOnce() {
        AlertEvaluator e = new AlertEvaluator(List.of(AlertRule.threshold("drifted", "drift_share",
                Comparison.AT_LEAST, 0.5, 2, Severity.CRITICAL)), Map.of());
        assertThat(e.evaluate(window(0, "drift_share", 0.6))).isEmpty();
        assertThat(e.evaluate(window(1, "drift_share", 0.2))).as("the run of windows was broken").isEmpty();
        assertThat(e.evaluate(window(2, "drift_share", 0.5))).isEmpty();
        List<AlertEvent> fired = e.evaluate(window(3, "drift_share", 0.7));
        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertEvent.State.FIRING);
            assertThat(a.windows()).isEqualTo(2);
            assertThat(a.condition()).isEqualTo(">= 0.5");
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.value()).isEqualTo(0.7);
        });
        assertThat(e.evaluate(window(4, "drift_share", 0.9))).as("already firing: no second notice").isEmpty();
        assertThat(e.evaluate(window(5, "other", 1.0))).as("a window without the metric changes nothing").isEmpty();
        List<AlertEvent> resolved = e.evaluate(window(6, "drift_share", 0.1));
        assertThat(resolved).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertEvent.State.RESOLVED);
            assertThat(a.id()).isEqualTo(fired.get(0).id());
        });
        assertThat(e.evaluate(window(7, "drift_share", 0.1))).isEmpty();
    }

    @Test
    void aSeriesNameFollowsEveryLabelledSeriesOnItsOwn() {
        AlertEvaluator e = new AlertEvaluator(List.of(AlertRule.threshold("drift", "dataset_drift",
                Comparison.EQUAL, 1, 1, Severity.WARNING)), Map.of());
        List<AlertEvent> events = e.evaluate(window(0, "dataset_drift{model=\"a\"}", 1, "dataset_drift{model=\"b\"}", 0,
                "dataset_drift_share", 1));
        assertThat(events).extracting(AlertEvent::series).containsExactly("dataset_drift{model=\"a\"}");
        assertThat(e.evaluate(window(1, "dataset_drift{model=\"a\"}", 1, "dataset_drift{model=\"b\"}", 1)))
                .extracting(AlertEvent::series).containsExactly("dataset_drift{model=\"b\"}");
    }

    @Test
    void aBandRuleUsesMeanPlusMinusKStandardDeviationsOfTheReference() {
        double[] reference = {0.90, 0.92, 0.88, 0.91, 0.89};
        AlertEvaluator e = new AlertEvaluator(List.of(AlertRule.band("accuracy", "accuracy", 3, 1, Severity.WARNING)),
                Map.of("accuracy", reference));
        // mean 0.9, sample SD sqrt(0.001 / 4) = 0.0158114: band [0.852566, 0.947434]
        assertThat(e.band("accuracy").lower()).isCloseTo(0.9 - 3 * Math.sqrt(0.00025), within(1e-12));
        assertThat(e.band("accuracy").upper()).isCloseTo(0.9 + 3 * Math.sqrt(0.00025), within(1e-12));
        assertThat(e.evaluate(window(0, "accuracy", 0.86))).isEmpty();
        assertThat(e.evaluate(window(1, "accuracy", 0.85))).singleElement()
                .satisfies(a -> assertThat(a.condition()).isEqualTo("outside [0.852566, 0.947434]"));
    }

    @Test
    void refusesRulesThatCannotBeEvaluated() {
        AlertRule rule = AlertRule.threshold("x", "m", Comparison.ABOVE, 1, 1, Severity.INFO);
        assertThatThrownBy(() -> new AlertEvaluator(List.of(rule, rule), Map.of()))
                .hasMessageContaining("two alert rules are named 'x'");
        assertThatThrownBy(() -> new AlertEvaluator(List.of(AlertRule.band("b", "auc", 3, 1, Severity.INFO)), Map.of()))
                .hasMessageContaining("no reference values for 'auc'");
        assertThatThrownBy(() -> ReferenceBand.of(new double[] {0.9}, 3)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> AlertRule.threshold("y", "m", Comparison.ABOVE, 1, 0, Severity.INFO))
                .hasMessageContaining("at least 1 window");
    }
}
