package dev.lathe.stats.quality;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.ColumnSummary;
import java.util.List;
import java.util.Locale;

/**
 * How many distinct values a column has: {@code constant} (one value), {@code near_constant} (one value
 * holds at least {@link QualityOptions#dominantShare} of the present values), {@code identifier} (every row
 * holds a different value and no row is missing: text or categorical values, or whole numbers forming the
 * sequence min, min + 1, ..., max in some order; other distinct numbers are ordinary measurements) and {@code high_cardinality} (a categorical or
 * text column with more than {@link QualityOptions#highCardinality} levels that is not an identifier).
 * Columns with fewer than 2 present values are left out: there is nothing to compare.
 */
final class Cardinality {

    private Cardinality() {
    }

    static List<Finding> of(ColumnSummary s, Column column, long rows, QualityOptions o) {
        long finite = s.count() - s.infinite();
        if (finite < 2) {
            return List.of();
        }
        String name = s.name();
        if (s.distinct() == 1) {
            return List.of(new Finding("constant", Severity.WARNING, List.of(name), 1.0,
                    "column '" + name + "' holds the single value '" + s.mode() + "' in every present row: drop it."));
        }
        double dominant = (double) s.topLevels().get(0).count() / finite;
        if (dominant >= o.dominantShare()) {
            return List.of(new Finding("near_constant", Severity.INFO, List.of(name), dominant, String.format(
                    Locale.ROOT, "column '%s' is '%s' in %.2f%% of its present rows: it carries little information; "
                            + "drop it or check that the rare values are not errors.", name, s.mode(), 100 * dominant)));
        }
        if (s.distinct() == rows && s.missing() == 0) {
            String kind = identifierKind(s, column);
            if (kind != null) {
                return List.of(new Finding("identifier", Severity.WARNING, List.of(name), 1.0, "column '" + name
                        + "' holds a different value in every row (" + kind + "): it is likely an identifier; "
                        + "exclude it from the features."));
            }
        }
        boolean levels = s.type() == ColumnType.CATEGORICAL || s.type() == ColumnType.TEXT;
        if (levels && s.distinct() > o.highCardinality()) {
            return List.of(new Finding("high_cardinality", Severity.INFO, List.of(name), s.distinct(), String.format(
                    Locale.ROOT, "column '%s' has %d distinct values in %d present rows: one-hot encoding would add "
                            + "as many columns; use target or frequency encoding, or group rare levels.",
                    name, s.distinct(), s.count())));
        }
        return List.of();
    }

    /** "unique strings", "integer sequence", or null when the values do not look like ids. */
    private static String identifierKind(ColumnSummary s, Column column) {
        if (s.type() == ColumnType.CATEGORICAL || s.type() == ColumnType.TEXT) {
            return "unique strings";
        }
        if (!(column instanceof NumericColumn n)) {
            return null;
        }
        if (s.max() - s.min() + 1 != s.distinct()) {
            return null;
        }
        for (int i = 0; i < n.size(); i++) {
            double v = n.get(i);
            if (v != Math.rint(v)) {
                return null;
            }
        }
        return "integer sequence";
    }
}
