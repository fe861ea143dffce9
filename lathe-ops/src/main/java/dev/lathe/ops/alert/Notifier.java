package dev.lathe.ops.alert;

/** Where alert events go: the log, a webhook. */
public interface Notifier {

    /**
     * Delivers one event; never throws for a delivery failure (it reports it instead).
     *
     * @return whether the event reached its destination
     */
    boolean send(AlertEvent event);
}
