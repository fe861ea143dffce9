package dev.lathe.stats.quality;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.parallel.Chunks;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Data-quality findings on a frame, the checks an analyst runs before modelling. Codes, in the order they
 * are checked (findings are sorted by severity, most severe first, then kept in this order):
 * <ul>
 *   <li>{@code empty_frame} (critical): no rows or no columns; nothing else is checked;</li>
 *   <li>per column: {@code all_missing}, {@code missing_values} ({@link MissingValues}); {@code constant},
 *       {@code near_constant}, {@code identifier}, {@code high_cardinality} ({@link Cardinality});
 *       {@code infinite_values}, {@code skewed}, {@code outliers} (numeric columns, {@link NumericShape});</li>
 *   <li>over the frame: {@code co_missing}, {@code duplicate_rows}, {@code correlated_pair};</li>
 *   <li>with a target: {@code target_leakage} per feature ({@link Leakage}); {@code single_class},
 *       {@code class_imbalance} ({@link ClassImbalance}). The target is a class target when it is
 *       categorical, text or boolean, or numeric with exactly two distinct values (0/1 labels); otherwise a
 *       numeric target (a timestamp target is not scored for leakage);</li>
 *   <li>{@code check_failed} (warning): a check threw on a column (or on the frame); the message names the
 *       check and the error, and every other check still runs.</li>
 * </ul>
 * The descriptive statistics come from one {@link Describe} pass; columns are checked in parallel through
 * {@link Chunks} and the result does not depend on the number of threads.
 */
public final class DataQuality {

    private DataQuality() {
    }

    /** Findings without a target, with the default thresholds. */
    public static List<Finding> check(Frame frame) {
        return check(frame, null, QualityOptions.defaults());
    }

    /**
     * Findings on {@code frame}.
     *
     * @param target  the column to predict, or null for none; it is not checked as a feature
     * @param options thresholds
     * @throws dev.lathe.frame.UnknownColumnException if {@code target} is not a column (the message lists the
     *                                                closest names)
     */
    public static List<Finding> check(Frame frame, String target, QualityOptions options) {
        return check(frame, target, options, null);
    }

    /**
     * Findings on {@code frame} from summaries already computed, so that a caller that also shows them (the
     * EDA report) describes the frame once.
     *
     * @param given {@code Describe.of(frame)} (any options with at least one top level), one summary per column
     *              in frame order; null to compute them here
     * @throws dev.lathe.frame.UnknownColumnException if {@code target} is not a column
     * @throws IllegalArgumentException if {@code summaries} does not hold one summary per column, in order
     * @see #check(Frame, String, QualityOptions)
     */
    public static List<Finding> check(Frame frame, String target, QualityOptions options,
                                      List<ColumnSummary> given) {
        Column targetColumn = target == null ? null : frame.column(target);
        if (frame.rowCount() == 0 || frame.columnCount() == 0) {
            return List.of(new Finding("empty_frame", Severity.CRITICAL, List.of(), 0, "the data has "
                    + (frame.columnCount() == 0 ? "no columns" : "no rows") + ": there is nothing to analyse; check "
                    + "the file and the filters that produced it."));
        }
        if (given != null && !given.stream().map(ColumnSummary::name).toList().equals(frame.names())) {
            throw new IllegalArgumentException("the summaries must describe the frame's columns in order "
                    + frame.names() + ", got " + given.stream().map(ColumnSummary::name).toList());
        }
        List<ColumnSummary> summaries = given == null ? Describe.of(frame) : given;
        Labels classes = targetColumn == null ? null
                : classLabels(targetColumn, summaries.get(frame.names().indexOf(target)));
        List<List<Finding>> perColumn = new ArrayList<>();
        for (int j = 0; j < frame.columnCount(); j++) {
            perColumn.add(new ArrayList<>());
        }
        Chunks.run(frame.columnCount(), j -> perColumn.get(j).addAll(
                columnFindings(frame.column(j), summaries.get(j), targetColumn, classes, frame.rowCount(), options)));
        List<Finding> out = new ArrayList<>();
        perColumn.forEach(out::addAll);
        out.addAll(guarded("co-missing", null, () -> MissingValues.together(frame, summaries, options)));
        out.addAll(guarded("duplicate rows", null, () -> DuplicateRows.of(frame)));
        out.addAll(guarded("correlation", null, () -> CorrelatedPairs.of(frame, target, options)));
        if (targetColumn != null && classes != null) {
            ColumnSummary t = summaries.get(frame.names().indexOf(target));
            out.addAll(guarded("class balance", target, () -> ClassImbalance.of(t, classes, options)));
        }
        out.sort(Comparator.comparing(Finding::severity).reversed());
        return List.copyOf(out);
    }

    private static List<Finding> columnFindings(Column column, ColumnSummary s, Column target, Labels classes,
                                                long rows, QualityOptions o) {
        String name = column.name();
        List<Finding> out = new ArrayList<>();
        out.addAll(guarded("missing values", name, () -> MissingValues.ofColumn(s, rows, o)));
        out.addAll(guarded("cardinality", name, () -> Cardinality.of(s, column, rows, o)));
        if (column instanceof NumericColumn n) {
            out.addAll(guarded("distribution", name, () -> NumericShape.of(s, n, o)));
        }
        if (target != null && column != target && target.type() != ColumnType.TIMESTAMP) {
            out.addAll(guarded("target leakage", name, () -> Leakage.of(column, target, classes, o)));
        }
        return out;
    }

    private static Labels classLabels(Column target, ColumnSummary s) {
        boolean binaryNumber = target.type() == ColumnType.NUMERIC && s.distinct() == 2;
        return target.type() == ColumnType.NUMERIC && !binaryNumber || target.type() == ColumnType.TIMESTAMP
                ? null : Labels.of(target);
    }

    /** The findings of {@code check}, or one {@code check_failed} finding if it throws. */
    static List<Finding> guarded(String check, String column, Supplier<List<Finding>> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            return List.of(new Finding("check_failed", Severity.WARNING, column == null ? List.of() : List.of(column),
                    Double.NaN, "the " + check + " check failed" + (column == null ? "" : " on column '" + column + "'")
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the other checks ran."));
        }
    }
}
