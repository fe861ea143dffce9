package dev.lathe.ops.tracking;

import java.util.Map;

/**
 * What was logged to a run.
 *
 * @param params parameters by name (write-once)
 * @param metrics the latest value of each metric (highest step, then latest time)
 * @param tags tags by name
 */
public record RunData(Map<String, String> params, Map<String, Metric> metrics, Map<String, String> tags) {
}
