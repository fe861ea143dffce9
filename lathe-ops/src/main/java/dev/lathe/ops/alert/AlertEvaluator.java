package dev.lathe.ops.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates rules window after window and reports only changes of state: an alert fires once when its
 * condition has held for the rule's number of consecutive windows, and resolves once when the condition clears.
 * A window without a rule's metric leaves that alert as it was. Each labelled series a rule matches is followed
 * on its own. Not thread-safe: feed windows from one thread.
 */
public final class AlertEvaluator {

    private static final class Track {
        int consecutive;
        String firingId;
    }

    private final List<AlertRule> rules;
    private final Map<String, ReferenceBand> bands = new HashMap<>();
    private final Map<String, Track> tracks = new HashMap<>();

    /**
     * @param rules      the rules, with unique names
     * @param references for each band rule's metric, its values on the reference chunks (at least two)
     * @throws IllegalArgumentException for duplicate names or a band rule without reference values
     */
    public AlertEvaluator(List<AlertRule> rules, Map<String, double[]> references) {
        this.rules = List.copyOf(rules);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AlertRule r : rules) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("two alert rules are named '" + r.name() + "'");
            }
            if (r.isBand()) {
                double[] ref = references.get(r.metric());
                if (ref == null) {
                    throw new IllegalArgumentException("rule '" + r.name() + "' uses a reference band, but there are "
                            + "no reference values for '" + r.metric() + "'");
                }
                bands.put(r.name(), ReferenceBand.of(ref, r.bandSd()));
            }
        }
    }

    /** The band a band rule compares with (for reports). */
    public ReferenceBand band(String ruleName) {
        return bands.get(ruleName);
    }

    /** The state changes caused by {@code window}, in rule order. */
    public List<AlertEvent> evaluate(WindowMetrics window) {
        List<AlertEvent> events = new ArrayList<>();
        for (AlertRule rule : rules) {
            for (Map.Entry<String, Double> e : window.values().entrySet()) {
                if (rule.matches(e.getKey())) {
                    step(rule, e.getKey(), e.getValue(), window, events);
                }
            }
        }
        return events;
    }

    private void step(AlertRule rule, String series, double value, WindowMetrics window, List<AlertEvent> events) {
        Track track = tracks.computeIfAbsent(rule.name() + '\u0000' + series, k -> new Track());
        boolean breached = rule.isBand() ? bands.get(rule.name()).outside(value) : rule.comparison().holds(value,
                rule.threshold());
        if (breached) {
            track.consecutive++;
            if (track.firingId == null && track.consecutive >= rule.forWindows()) {
                track.firingId = rule.name() + "|" + series + "|" + window.end().toEpochMilli();
                events.add(new AlertEvent(track.firingId, rule.name(), AlertEvent.State.FIRING, rule.severity(), series,
                        value, condition(rule), track.consecutive, window.end()));
            }
        } else {
            track.consecutive = 0;
            if (track.firingId != null) {
                events.add(new AlertEvent(track.firingId, rule.name(), AlertEvent.State.RESOLVED, rule.severity(),
                        series, value, condition(rule), 0, window.end()));
                track.firingId = null;
            }
        }
    }

    private String condition(AlertRule rule) {
        if (rule.isBand()) {
            ReferenceBand b = bands.get(rule.name());
            return String.format(Locale.ROOT, "outside [%.6g, %.6g]", b.lower(), b.upper());
        }
        return rule.comparison().symbol() + " " + stripped(rule.threshold());
    }

    private static String stripped(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
