/** CI/CD quality gates: a candidate model held to metric bounds, a baseline model and a size limit. */
package dev.lathe.ops.gate;
