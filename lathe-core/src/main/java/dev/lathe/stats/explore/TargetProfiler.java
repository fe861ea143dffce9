package dev.lathe.stats.explore;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.ColumnSummary.LevelCount;
import dev.lathe.stats.Describe;
import dev.lathe.stats.TargetAssociation;
import dev.lathe.stats.quality.Finding;
import java.util.ArrayList;
import java.util.List;

/** Computes the {@link TargetProfile} of a frame without infinities. */
final class TargetProfiler {

    private TargetProfiler() {
    }

    /** The profile of {@code target}, a column of {@code frame} described by {@code summary}. */
    static TargetProfile of(Frame frame, String target, ColumnSummary summary) {
        List<Finding> notes = new ArrayList<>();
        Column y = frame.column(target);
        boolean classTarget = y.type() == ColumnType.NUMERIC ? summary.distinct() == 2 : y.type() != ColumnType.TIMESTAMP;
        List<LevelCount> classes = classTarget
                ? Describe.of(y, Describe.Options.defaults().withTopLevels(TargetProfile.MAX_CLASSES)).topLevels()
                : List.of();
        TargetAssociation association = Attempt.of("association with the target", target, notes,
                () -> TargetAssociation.of(frame, target));
        return new TargetProfile(target, classTarget, classes, association, notes);
    }
}
