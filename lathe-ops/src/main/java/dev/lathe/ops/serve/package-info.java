/**
 * The prediction server behind {@code lathe serve}: saved pipelines served over HTTP with the MLflow scoring
 * protocol ({@code /invocations}) and the Open Inference Protocol ({@code /v2/...}), every request checked
 * against the model's input schema, Prometheus metrics, bearer tokens and hot reloading.
 */
package dev.lathe.ops.serve;
