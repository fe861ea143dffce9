package dev.lathe.stats.quality;

import dev.lathe.frame.Frame;
import dev.lathe.stats.ColumnSummary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** Missing values: the share per column ({@code missing_values}, {@code all_missing}) and columns missing together ({@code co_missing}). */
final class MissingValues {

    private MissingValues() {
    }

    static List<Finding> ofColumn(ColumnSummary s, long rows, QualityOptions o) {
        if (s.missing() == 0) {
            return List.of();
        }
        double share = (double) s.missing() / rows;
        if (s.count() == 0) {
            return List.of(new Finding("all_missing", Severity.CRITICAL, List.of(s.name()), share,
                    "column '" + s.name() + "' has no value in any row: drop it."));
        }
        Severity severity = share >= o.missingCritical() ? Severity.CRITICAL
                : share >= o.missingWarning() ? Severity.WARNING : Severity.INFO;
        String action = severity == Severity.CRITICAL ? "consider dropping the column"
                : severity == Severity.WARNING ? "impute it (median, mean, interpolation) or add a missing indicator"
                : "impute it or drop the rows";
        return List.of(new Finding("missing_values", severity, List.of(s.name()), share, String.format(Locale.ROOT,
                "column '%s' is missing in %d of %d rows (%.1f%%): %s.", s.name(), s.missing(), rows, 100 * share,
                action)));
    }

    /** Pairs of columns whose missing rows overlap by at least {@code o.coMissing()} (Jaccard share). */
    static List<Finding> together(Frame frame, List<ColumnSummary> summaries, QualityOptions o) {
        List<Integer> partly = new ArrayList<>();
        List<BitSet> masks = new ArrayList<>();
        for (int j = 0; j < summaries.size(); j++) {
            ColumnSummary s = summaries.get(j);
            if (s.missing() > 0 && s.count() > 0) {
                BitSet mask = new BitSet(frame.rowCount());
                var column = frame.column(j);
                for (int i = 0; i < frame.rowCount(); i++) {
                    if (column.isMissing(i)) {
                        mask.set(i);
                    }
                }
                partly.add(j);
                masks.add(mask);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < masks.size(); a++) {
            for (int b = a + 1; b < masks.size(); b++) {
                BitSet both = (BitSet) masks.get(a).clone();
                both.and(masks.get(b));
                BitSet either = (BitSet) masks.get(a).clone();
                either.or(masks.get(b));
                double jaccard = (double) both.cardinality() / either.cardinality();
                if (jaccard >= o.coMissing()) {
                    String x = summaries.get(partly.get(a)).name();
                    String y = summaries.get(partly.get(b)).name();
                    out.add(new Finding("co_missing", Severity.INFO, List.of(x, y), jaccard, String.format(Locale.ROOT,
                            "columns '%s' and '%s' are missing together (%d rows, %.0f%% of the rows where either "
                                    + "is missing): look for a common cause before imputing them independently.",
                            x, y, both.cardinality(), 100 * jaccard)));
                }
            }
        }
        return out;
    }
}
