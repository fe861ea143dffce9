package dev.lathe.ops.flow.report;

import dev.lathe.frame.Frame;
import dev.lathe.report.explore.ExplorationReport;
import dev.lathe.report.html.Section;
import dev.lathe.stats.explore.Exploration;
import dev.lathe.stats.explore.ExploreOptions;

/**
 * The exploration section of a flow report: what {@code lathe explore} reports on the training data (overview
 * and findings, one section per column, correlations, the target, missingness, what was sampled), as
 * subsections of one "Exploration" section.
 */
final class FullExploration implements ExplorationSection {

    @Override
    public Section build(Frame data, String target) {
        Exploration exploration = Exploration.of(data, target, ExploreOptions.defaults());
        Section section = Section.titled("Exploration")
                .paragraph("The training data before any modelling, as lathe explore reports it.");
        ExplorationReport.of(exploration, "Exploration").sections().forEach(section::subsection);
        return section;
    }
}
