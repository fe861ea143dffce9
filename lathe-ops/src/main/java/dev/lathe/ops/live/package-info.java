/**
 * Live monitoring of a prediction server: sampled requests (inputs and outputs) go through a bounded queue that
 * drops rather than blocks, are written to rotating JSONL files, and are gathered into windows (by count or time)
 * that are compared with the model's reference profile; results become Prometheus gauges and {@link
 * dev.lathe.ops.live.WindowResult}s for whoever listens (alerting).
 */
package dev.lathe.ops.live;
