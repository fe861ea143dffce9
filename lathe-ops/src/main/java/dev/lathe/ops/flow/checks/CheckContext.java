package dev.lathe.ops.flow.checks;

import dev.lathe.frame.Frame;
import java.time.Instant;

/**
 * What a data check looks at: the training rows and the roles of their columns.
 *
 * @param data   the rows, as read
 * @param target the target column's name
 * @param id     the id column's name, or null
 * @param time   the timestamp column's name, or null
 * @param now    the instant freshness is measured against when a check gives none
 */
public record CheckContext(Frame data, String target, String id, String time, Instant now) {
}
