package dev.lathe.report.explore;

import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.stats.quality.Finding;
import java.util.List;

/** Adds core findings to a report section as notes with the matching badge. */
final class Findings {

    private Findings() {
    }

    /** Adds each finding as a note, its code in front of its message. */
    static void addTo(Section section, List<Finding> findings) {
        for (Finding f : findings) {
            section.note(Severity.valueOf(f.severity().name()), f.code() + ": " + f.message());
        }
    }
}
