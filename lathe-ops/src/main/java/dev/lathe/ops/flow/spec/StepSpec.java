package dev.lathe.ops.flow.spec;

import dev.lathe.prep.PrepStep;

/**
 * One preparation step of the {@code prep} section, already built and checked.
 *
 * @param name the step's name ({@link StepCatalog})
 * @param step the configured step
 * @param line the line it is written on
 */
public record StepSpec(String name, PrepStep step, int line) {
}
