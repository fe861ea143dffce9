package dev.lathe.ops.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rules evaluated window after window with every change of state sent to the log and to each webhook: what a
 * server's monitor, {@code lathe monitor --rules} and {@code lathe monitor watch} run.
 */
public final class Alerting {

    private final AlertEvaluator evaluator;
    private final List<Notifier> notifiers;

    /**
     * @param evaluator the rules and their state
     * @param notifiers where events go, in order
     */
    public Alerting(AlertEvaluator evaluator, List<Notifier> notifiers) {
        this.evaluator = evaluator;
        this.notifiers = List.copyOf(notifiers);
    }

    /**
     * Alerting as a rules file configures it: its rules, a log notifier and one notifier per webhook.
     *
     * @param config     the rules file
     * @param references reference values of band rules' metrics (see {@link AlertEvaluator})
     * @param log        receives alert lines and delivery failures
     */
    public static Alerting of(AlertConfig config, Map<String, double[]> references, Consumer<String> log) {
        List<Notifier> notifiers = new ArrayList<>();
        notifiers.add(new LogNotifier(log));
        for (AlertConfig.Webhook w : config.webhooks()) {
            notifiers.add(w.notifier(log));
        }
        return new Alerting(new AlertEvaluator(config.rules(), references), notifiers);
    }

    /** Evaluates {@code window} and sends each change of state to every notifier; returns the changes. */
    public List<AlertEvent> observe(WindowMetrics window) {
        List<AlertEvent> events = evaluator.evaluate(window);
        for (AlertEvent e : events) {
            for (Notifier n : notifiers) {
                n.send(e);
            }
        }
        return events;
    }
}
