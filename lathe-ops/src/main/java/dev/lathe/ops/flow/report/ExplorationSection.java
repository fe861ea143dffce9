package dev.lathe.ops.flow.report;

import dev.lathe.frame.Frame;
import dev.lathe.report.html.Section;

/**
 * The hook for the exploration stage of a flow's report: the section that describes the training data before any
 * modelling. The built-in one, {@link #qualitySummary()}, gives descriptive statistics and data-quality findings;
 * the full EDA report of {@code lathe explore} plugs in here when it lands.
 */
@FunctionalInterface
public interface ExplorationSection {

    /**
     * The section describing {@code data}.
     *
     * @param target the target column's name
     */
    Section build(Frame data, String target);

    /** Descriptive statistics per column and the data-quality findings ({@link QualitySummary}). */
    static ExplorationSection qualitySummary() {
        return new QualitySummary();
    }
}
