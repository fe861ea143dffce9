/**
 * Model performance in production: realised metrics per window when labels arrive, and confidence-based
 * performance estimation (CBPE) for binary classifiers when they have not arrived yet.
 */
package dev.lathe.monitor.performance;
