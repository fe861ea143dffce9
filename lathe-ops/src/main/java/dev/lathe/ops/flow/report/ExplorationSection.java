package dev.lathe.ops.flow.report;

import dev.lathe.frame.Frame;
import dev.lathe.report.html.Section;

/**
 * The hook for the exploration stage of a flow's report: the section that describes the training data before any
 * modelling. The built-in one, {@link #full()}, is what {@code lathe explore} reports.
 */
@FunctionalInterface
public interface ExplorationSection {

    /**
     * The section describing {@code data}.
     *
     * @param target the target column's name
     */
    Section build(Frame data, String target);

    /** The whole exploratory analysis of {@code lathe explore} ({@link FullExploration}). */
    static ExplorationSection full() {
        return new FullExploration();
    }
}
