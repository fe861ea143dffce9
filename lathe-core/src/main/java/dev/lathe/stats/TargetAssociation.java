package dev.lathe.stats;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How strongly every other column of a frame is associated with a target column, strongest first: for a
 * numeric pair |r| (Pearson by default, or Spearman), for two categorical (or boolean) columns Cramér's V
 * (uncorrected, {@link CramersV#v()}), for a categorical and a numeric column the correlation ratio eta of the
 * numeric on the categorical. Each pair uses the rows where both are present. All measures lie in [0, 1], so
 * the ranking mixes them, but read a strength of one kind against another with care: eta is never below |r| of
 * the same data coded as numbers, for example. Text and timestamp columns are skipped with the reason.
 *
 * @param target   the target column
 * @param ranking  the associations, strongest first; undefined ones (NaN: a constant column, fewer than 2
 *                 complete rows) last, in frame order
 * @param skipped  columns not measured, by name, with the reason
 */
public record TargetAssociation(String target, List<Association> ranking, Map<String, String> skipped) {

    /** The measure behind an {@link Association}. */
    public enum Measure {
        /** |Pearson r|. */
        PEARSON,
        /** |Spearman rho|. */
        SPEARMAN,
        /** Cramér's V. */
        CRAMERS_V,
        /** The correlation ratio eta. */
        CORRELATION_RATIO
    }

    /**
     * The association of one column with the target.
     *
     * @param column   the column's name
     * @param measure  the measure used for this pair of column kinds
     * @param strength the measure's value in [0, 1], or NaN where undefined
     * @param n        rows where both columns are present
     */
    public record Association(String column, Measure measure, double strength, int n) {
    }

    /** Copies the list and the map. */
    public TargetAssociation {
        ranking = List.copyOf(ranking);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** The ranking for {@code target} with Pearson's r for numeric pairs. */
    public static TargetAssociation of(Frame frame, String target) {
        return of(frame, target, Correlation.Method.PEARSON);
    }

    /**
     * The ranking for {@code target}.
     *
     * @param numeric the coefficient for numeric pairs: {@link Correlation.Method#PEARSON} or
     *                {@link Correlation.Method#SPEARMAN}
     * @throws IllegalArgumentException when the target is not in the frame (the message lists the columns), is
     *                                  neither numeric, categorical nor boolean, when a numeric value is
     *                                  infinite (naming the column and row), or for
     *                                  {@link Correlation.Method#KENDALL}
     */
    public static TargetAssociation of(Frame frame, String target, Correlation.Method numeric) {
        if (numeric == Correlation.Method.KENDALL) {
            throw new IllegalArgumentException("the association with a target uses Pearson or Spearman for numeric"
                    + " pairs, got " + numeric);
        }
        Column y = frame.column(target);
        if (!measurable(y)) {
            throw new IllegalArgumentException("target column '" + target + "' is " + y.type().label()
                    + "; the association with a target needs a numeric, categorical or boolean target");
        }
        for (Column c : frame.columns()) {
            if (c instanceof NumericColumn numericColumn) {
                checkFinite(numericColumn);
            }
        }
        List<Association> ranking = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Column x : frame.columns()) {
            if (x.name().equals(target)) {
                continue;
            }
            if (measurable(x)) {
                ranking.add(associate(x, y, numeric));
            } else {
                skipped.put(x.name(), "column '" + x.name() + "' is " + x.type().label()
                        + "; only numeric, categorical and boolean columns are measured");
            }
        }
        ranking.sort(Comparator.comparingDouble((Association a) -> Double.isNaN(a.strength()) ? 1 : 0)
                .thenComparing(Comparator.comparingDouble(Association::strength).reversed()));
        return new TargetAssociation(target, ranking, skipped);
    }

    private static void checkFinite(NumericColumn c) {
        for (int i = 0; i < c.size(); i++) {
            if (Double.isInfinite(c.get(i))) {
                throw new IllegalArgumentException("column '" + c.name() + "' holds " + c.get(i) + " in row " + i
                        + "; the association with a target needs finite values");
            }
        }
    }

    private static boolean measurable(Column c) {
        return c instanceof NumericColumn || CategoryCodes.accepts(c);
    }

    private static Association associate(Column x, Column y, Correlation.Method numeric) {
        int n = complete(x, y);
        if (x instanceof NumericColumn a && y instanceof NumericColumn b) {
            Measure measure = numeric == Correlation.Method.PEARSON ? Measure.PEARSON : Measure.SPEARMAN;
            double r = n < 2 ? Double.NaN : Correlation.of(numeric, a.toArray(), b.toArray()).statistic();
            return new Association(x.name(), measure, Math.abs(r), n);
        }
        if (x instanceof NumericColumn a) {
            return new Association(x.name(), Measure.CORRELATION_RATIO, CorrelationRatio.of(y, a), n);
        }
        if (y instanceof NumericColumn b) {
            return new Association(x.name(), Measure.CORRELATION_RATIO, CorrelationRatio.of(x, b), n);
        }
        return new Association(x.name(), Measure.CRAMERS_V, CramersV.of(x, y).v(), n);
    }

    private static int complete(Column x, Column y) {
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!x.isMissing(i) && !y.isMissing(i)) {
                n++;
            }
        }
        return n;
    }
}
