package dev.lathe.ops.gate;

/**
 * One check of a quality gate.
 *
 * @param name {@code min}, {@code max}, {@code baseline} or {@code size}
 * @param passed whether it passed
 * @param value what was measured (the metric, the improvement over the baseline, the size in MB)
 * @param threshold the bound it was held to
 * @param margin how far inside the bound the value is: positive or zero when passed, negative (the shortfall)
 *     when failed
 * @param description one line saying what was compared
 */
public record GateCheck(String name, boolean passed, double value, double threshold, double margin,
        String description) {
}
