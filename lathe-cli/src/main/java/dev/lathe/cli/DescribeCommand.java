package dev.lathe.cli;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe describe DATA}: schema and descriptive statistics per column. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Schema and descriptive statistics per column of a CSV file (plain or .gz).")
final class DescribeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file to describe.")
    Path data;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Frame frame = dataOptions.read(data);
        List<ColumnSummary> summaries = Describe.of(frame);
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rows", frame.rowCount());
            doc.put("columns", summaries.stream().map(ColumnSummary::toMap).toList());
            out.println(Json.write(doc));
        } else {
            out.println(data + ": " + frame.rowCount() + " rows, " + frame.columnCount() + " columns");
            out.print(table(summaries));
        }
        out.flush();
        return 0;
    }

    private static String table(List<ColumnSummary> summaries) {
        String[] header = {"column", "type", "count", "missing", "distinct", "mean", "std", "min", "25%", "50%",
                "75%", "max", "top"};
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        for (ColumnSummary s : summaries) {
            boolean numeric = s.type() == ColumnType.NUMERIC;
            boolean time = s.type() == ColumnType.TIMESTAMP;
            rows.add(new String[] {s.name(), s.type().label(), Long.toString(s.count()), Long.toString(s.missing()),
                    Long.toString(s.distinct()),
                    numeric ? num(s.mean()) : "", numeric ? num(s.std()) : "",
                    numeric ? num(s.min()) : time ? day(s.min()) : "",
                    numeric ? num(s.q1()) : "", numeric ? num(s.median()) : "", numeric ? num(s.q3()) : "",
                    numeric ? num(s.max()) : time ? day(s.max()) : "",
                    s.topLevels().stream().map(l -> l.level() + " (" + l.count() + ")")
                            .collect(Collectors.joining(", "))});
        }
        int[] widths = new int[header.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String cell = r[c];
                boolean left = c < 2 || c == r.length - 1;
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains("e") ? s : s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }

    private static String day(double millis) {
        return Double.isNaN(millis) ? "NA" : Instant.ofEpochMilli((long) millis).toString();
    }
}
