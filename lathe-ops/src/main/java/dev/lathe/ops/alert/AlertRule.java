package dev.lathe.ops.alert;

/**
 * One alert rule: a condition on a metric that must hold for a number of consecutive windows before the alert
 * fires. The condition is either a comparison with a fixed threshold ({@code drift_share >= 0.5}) or, with
 * {@code bandSd}, leaving the reference band (mean +- bandSd standard deviations over reference chunks).
 *
 * @param name       the rule's name, unique within a rule file
 * @param metric     the metric: an exact name ({@code drift_score:age}, {@code accuracy}) or a series name without
 *                   labels, which matches every labelled series of that name ({@code dataset_drift} matches
 *                   {@code dataset_drift{model="churn"}}), each followed on its own
 * @param comparison how the metric is compared with {@code threshold}; null for a band rule
 * @param threshold  the fixed threshold; NaN for a band rule
 * @param bandSd     the reference band's half-width in standard deviations, or NaN for a threshold rule
 * @param forWindows consecutive windows the condition must hold before firing, at least 1
 * @param severity   carried in notifications
 */
public record AlertRule(String name, String metric, Comparison comparison, double threshold, double bandSd,
                        int forWindows, Severity severity) {

    /** Checks that the rule is either a threshold rule or a band rule, and the ranges. */
    public AlertRule {
        if (name == null || name.isBlank() || metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("an alert rule needs a name and a metric");
        }
        boolean band = !Double.isNaN(bandSd);
        if (band == (comparison != null)) {
            throw new IllegalArgumentException("rule '" + name + "' needs either a condition (e.g. '>= 0.5') or a "
                    + "reference band ('band: 3'), not both or neither");
        }
        if (band && !(bandSd > 0) || !band && Double.isNaN(threshold)) {
            throw new IllegalArgumentException("rule '" + name + "' has no usable threshold");
        }
        if (forWindows < 1) {
            throw new IllegalArgumentException("rule '" + name + "': 'for' must be at least 1 window, got " + forWindows);
        }
    }

    /** A rule firing when {@code metric comparison threshold} holds for {@code forWindows} windows. */
    public static AlertRule threshold(String name, String metric, Comparison comparison, double threshold,
                                      int forWindows, Severity severity) {
        return new AlertRule(name, metric, comparison, threshold, Double.NaN, forWindows, severity);
    }

    /** A rule firing when {@code metric} leaves its reference band for {@code forWindows} windows. */
    public static AlertRule band(String name, String metric, double bandSd, int forWindows, Severity severity) {
        return new AlertRule(name, metric, null, Double.NaN, bandSd, forWindows, severity);
    }

    /** Whether this rule follows {@code key}: the same name, or a labelled series of its name. */
    public boolean matches(String key) {
        return key.equals(metric) || !metric.contains("{") && key.startsWith(metric + "{");
    }

    /** Whether this rule's threshold comes from reference data. */
    public boolean isBand() {
        return comparison == null;
    }
}
