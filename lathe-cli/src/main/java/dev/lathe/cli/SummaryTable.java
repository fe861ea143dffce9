package dev.lathe.cli;

import dev.lathe.frame.ColumnType;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The text form of {@code lathe describe}: one line per statistic, one column per data column, so that
 * some twenty-five statistics stay readable. Data columns that do not fit in {@link #WIDTH} characters go
 * to a further block below; a statistic no column in a block has (entropy in an all-numeric block) is left
 * out of that block; cells longer than {@link #CELL} characters are cut with "...".
 */
final class SummaryTable {

    /** Line width the blocks are packed into. */
    static final int WIDTH = 120;
    /** Longest cell. */
    static final int CELL = 28;

    private static final MathContext DIGITS = new MathContext(10);

    private record Row(String label, Function<ColumnSummary, String> cell) {
    }

    private static final List<Row> ROWS = rows();

    private SummaryTable() {
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("type", s -> s.type().label()));
        rows.add(new Row("count", s -> Long.toString(s.count())));
        rows.add(new Row("missing", s -> Long.toString(s.missing())));
        rows.add(new Row("infinite", s -> s.infinite() > 0 ? Long.toString(s.infinite()) : numeric(s, "0")));
        rows.add(new Row("distinct", s -> Long.toString(s.distinct())));
        rows.add(new Row("mean", s -> numeric(s, num(s.mean()))));
        rows.add(new Row("std", s -> numeric(s, num(s.std()))));
        rows.add(new Row("min", s -> extreme(s, s.min())));
        for (double p : Describe.QUANTILES) {
            rows.add(new Row(ColumnSummary.percent(p), s -> numeric(s, num(s.quantile(p)))));
        }
        rows.add(new Row("max", s -> extreme(s, s.max())));
        rows.add(new Row("iqr", s -> numeric(s, num(s.iqr()))));
        rows.add(new Row("skewness", s -> numeric(s, num(s.shape().skewness()))));
        rows.add(new Row("excess kurtosis", s -> numeric(s, num(s.shape().excessKurtosis()))));
        rows.add(new Row("mad", s -> numeric(s, num(s.shape().medianAbsoluteDeviation()))));
        rows.add(new Row("cv", s -> numeric(s, num(s.shape().coefficientOfVariation()))));
        rows.add(new Row("lag-1 autocorr.", s -> numeric(s, num(s.shape().lag1Autocorrelation()))));
        rows.add(new Row("entropy (nats)", s -> Double.isNaN(s.entropy()) ? "" : num(s.entropy())));
        rows.add(new Row("top", s -> s.topLevels().stream().map(l -> l.level() + " (" + l.count() + ")")
                .collect(Collectors.joining(", "))));
        return List.copyOf(rows);
    }

    /** The table of {@code summaries}, each line without trailing blanks and ending in a newline. */
    static String of(List<ColumnSummary> summaries) {
        int labelWidth = ROWS.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        int start = 0;
        do {
            int used = labelWidth;
            int end = start;
            while (end < summaries.size() && (end == start || used + 2 + width(summaries.get(end)) <= WIDTH)) {
                used += 2 + width(summaries.get(end));
                end++;
            }
            if (start > 0) {
                out.append('\n');
            }
            block(out, summaries.subList(start, end), labelWidth);
            start = end;
        } while (start < summaries.size());
        return out.toString();
    }

    private static void block(StringBuilder out, List<ColumnSummary> columns, int labelWidth) {
        line(out, "", columns.stream().map(s -> cut(s.name())).toList(), columns, labelWidth);
        for (Row row : ROWS) {
            List<String> cells = columns.stream().map(s -> cut(row.cell().apply(s))).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                line(out, row.label(), cells, columns, labelWidth);
            }
        }
    }

    private static void line(StringBuilder out, String label, List<String> cells, List<ColumnSummary> columns,
                             int labelWidth) {
        StringBuilder line = new StringBuilder(pad(label, labelWidth));
        for (int c = 0; c < cells.size(); c++) {
            line.append("  ").append(pad(cells.get(c), width(columns.get(c))));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static int width(ColumnSummary s) {
        int w = cut(s.name()).length();
        for (Row row : ROWS) {
            w = Math.max(w, cut(row.cell().apply(s)).length());
        }
        return w;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String cut(String s) {
        return s.length() <= CELL ? s : s.substring(0, CELL - 3) + "...";
    }

    private static String numeric(ColumnSummary s, String text) {
        return s.type() == ColumnType.NUMERIC ? text : "";
    }

    private static String extreme(ColumnSummary s, double v) {
        if (s.type() == ColumnType.TIMESTAMP) {
            return Double.isNaN(v) ? "NA" : Instant.ofEpochMilli((long) v).toString();
        }
        return numeric(s, num(v));
    }

    /**
     * Ten significant digits without an exponent between 1e-4 and 1e15 (so that values on a large offset,
     * such as 1000000.25, keep their decimals), trailing zeros dropped; otherwise scientific with seven
     * digits; NA for NaN.
     */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 1e-4 && a < 1e15)) {
            return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.6e", v);
    }
}
