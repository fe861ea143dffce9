package dev.lathe.ops.alert;

/** How urgent an alert is; carried in notifications for the receiver to route. */
public enum Severity {
    /** For the record. */
    INFO,
    /** Someone should look soon. */
    WARNING,
    /** Someone should look now. */
    CRITICAL
}
