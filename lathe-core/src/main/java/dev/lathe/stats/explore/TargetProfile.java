package dev.lathe.stats.explore;

import dev.lathe.stats.ColumnSummary.LevelCount;
import dev.lathe.stats.TargetAssociation;
import dev.lathe.stats.quality.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target part of an {@link Exploration}. The target's own distribution is its {@link ColumnProfile}.
 *
 * @param column      the target column
 * @param classTarget whether it is a class target: categorical, text or boolean, or numeric with exactly two
 *                    distinct values (as {@link dev.lathe.stats.quality.DataQuality} decides)
 * @param classes     for a class target, the classes with their counts, most frequent first (at most
 *                    {@link #MAX_CLASSES}); empty otherwise
 * @param association every other column's association with the target, strongest first; null when it could
 *                    not be computed (a text or timestamp target: see {@code notes})
 * @param notes       what could not be computed
 */
public record TargetProfile(String column, boolean classTarget, List<LevelCount> classes,
                            TargetAssociation association, List<Finding> notes) {

    /** Most classes listed. */
    public static final int MAX_CLASSES = 50;

    /** Copies the lists. */
    public TargetProfile {
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
    }

    /** As a JSON-able map: column, class_target, classes (level, count), association (column, measure, strength, n), skipped, notes. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("column", column);
        m.put("class_target", classTarget);
        m.put("classes", classes.stream().map(c -> Map.of("level", c.level(), "count", c.count())).toList());
        if (association == null) {
            m.put("association", null);
        } else {
            m.put("association", association.ranking().stream().map(a -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("column", a.column());
                one.put("measure", a.measure().name().toLowerCase(java.util.Locale.ROOT));
                one.put("strength", JsonValues.finite(a.strength()));
                one.put("n", a.n());
                return one;
            }).toList());
            m.put("skipped", association.skipped());
        }
        m.put("notes", notes.stream().map(Finding::toMap).toList());
        return m;
    }
}
