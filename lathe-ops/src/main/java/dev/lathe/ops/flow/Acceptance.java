package dev.lathe.ops.flow;

import dev.lathe.ops.flow.spec.Design;
import dev.lathe.ops.flow.spec.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acceptance gate of a flow: the model's success metric on the held-out test rows against the design's
 * threshold and against the baseline's value on the same rows, and the latency and size budgets.
 *
 * @param threshold     the design's threshold
 * @param value         the model's test value of the success metric
 * @param baseline      the design's baseline model name
 * @param baselineValue the baseline's test value of the same metric
 * @param latencyMs     the model's prediction time in milliseconds per row over the test rows
 * @param sizeMb        the model file's size in megabytes
 * @param failures      why it was rejected, one sentence each (empty: accepted)
 */
public record Acceptance(Threshold threshold, double value, String baseline, double baselineValue, double latencyMs,
                         double sizeMb, List<String> failures) {

    /** Copies the list. */
    public Acceptance {
        failures = List.copyOf(failures);
    }

    /** Whether the model passed every criterion. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** Judges the measured values against {@code design}. */
    public static Acceptance judge(Design design, double value, double baselineValue, double latencyMs, double sizeMb) {
        Threshold t = design.success();
        List<String> failures = new ArrayList<>();
        if (!t.met(value)) {
            failures.add(String.format(Locale.ROOT, "%s is %.4f on the test rows, short of the threshold %s by %.4f",
                    t.metric(), value, t, t.shortfall(value)));
        }
        boolean beats = t.wantsLarger() ? value > baselineValue : value < baselineValue;
        if (!beats) {
            failures.add(String.format(Locale.ROOT, "%s %.4f does not beat the baseline '%s' (%.4f) on the test rows",
                    t.metric(), value, design.baseline(), baselineValue));
        }
        if (design.latencyMs() != null && latencyMs > design.latencyMs()) {
            failures.add(String.format(Locale.ROOT, "prediction takes %.4f ms per row, over the budget of %s ms",
                    latencyMs, design.latencyMs()));
        }
        if (design.modelSizeMb() != null && sizeMb > design.modelSizeMb()) {
            failures.add(String.format(Locale.ROOT, "the model file is %.3f MB, over the budget of %s MB", sizeMb,
                    design.modelSizeMb()));
        }
        return new Acceptance(t, value, design.baseline(), baselineValue, latencyMs, sizeMb, failures);
    }
}
