/**
 * Alerting: rules on the metrics of monitoring windows (drift scores, estimated or realised performance,
 * anything a server exposes), their firing and resolved state, and notification to the log and to webhooks.
 */
package dev.lathe.ops.alert;
