package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.SumOfSquares;
import dev.lathe.stats.test.TwoWayAnova;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe stats anova2 DATA --value COL --factor-a COL --factor-b COL [--ss-type 2|3]}: two-way ANOVA with
 * interaction, a table of sums of squares, F tests and partial eta squared, or JSON.
 */
@Command(name = "anova2", mixinStandardHelpOptions = true,
        description = "Two-way ANOVA with interaction (type II or III sums of squares).")
final class Anova2Command implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file.")
    Path data;

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric response column.")
    String value;

    @Option(names = "--factor-a", required = true, paramLabel = "COLUMN", description = "First factor's column.")
    String factorA;

    @Option(names = "--factor-b", required = true, paramLabel = "COLUMN", description = "Second factor's column.")
    String factorB;

    @Option(names = "--ss-type", paramLabel = "2|3", defaultValue = "2",
            description = "Sums of squares: 2 (type II) or 3 (type III, sum-to-zero coding) (default: ${DEFAULT-VALUE}).")
    String type;

    @Mixin
    TestOptions options;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (options.alternative() != Alternative.TWO_SIDED) {
            throw new IllegalArgumentException("anova2 has no direction: --alternative must be two-sided, got "
                    + options.alternative);
        }
        double alpha = options.alpha();
        SumOfSquares ss = SumOfSquares.parse(type);
        Frame frame = dataOptions.read(data);
        NumericColumn y = frame.numeric(value);
        Column a = frame.column(factorA);
        Column b = frame.column(factorB);
        List<String> levelsA = new ArrayList<>();
        List<String> levelsB = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < frame.rowCount(); i++) {
            if (!y.isMissing(i) && !a.isMissing(i) && !b.isMissing(i)) {
                levelsA.add(a.format(i));
                levelsB.add(b.format(i));
                values.add(y.get(i));
            }
        }
        int skipped = frame.rowCount() - values.size();
        if (skipped > 0) {
            spec.commandLine().getErr().println("note: skipped " + skipped + " row" + (skipped == 1 ? "" : "s")
                    + " with a missing " + value + ", " + factorA + " or " + factorB);
        }
        TwoWayAnova.Table t = TwoWayAnova.test(factorA, levelsA.toArray(String[]::new), factorB,
                levelsB.toArray(String[]::new), values.stream().mapToDouble(Double::doubleValue).toArray(), ss);
        PrintWriter out = spec.commandLine().getOut();
        out.print(options.json ? Json.write(toJson(t, alpha)) + System.lineSeparator() : table(t, alpha));
        out.flush();
        return 0;
    }

    private static Map<String, Object> toJson(TwoWayAnova.Table t, double alpha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", "two-way ANOVA");
        m.put("type", t.type() == SumOfSquares.TYPE_2 ? 2 : 3);
        m.put("n", t.n());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TwoWayAnova.Row r : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("term", r.term());
            row.put("sum_sq", Json.number(r.sumSq()));
            row.put("df", r.df());
            row.put("statistic", Json.number(r.f()));
            row.put("p_value", Json.number(r.pValue()));
            row.put("partial_eta_squared", Json.number(r.partialEtaSquared()));
            row.put("reject", Double.isNaN(r.pValue()) ? null : r.pValue() <= alpha);
            rows.add(row);
        }
        m.put("terms", rows);
        m.put("alpha", alpha);
        return m;
    }

    private static String table(TwoWayAnova.Table t, double alpha) {
        int width = 8;
        for (TwoWayAnova.Row r : t.rows()) {
            width = Math.max(width, r.term().length());
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Two-way ANOVA, type %s sums of squares (n = %d)%n",
                t.type() == SumOfSquares.TYPE_2 ? "II" : "III", t.n()));
        String row = "  %-" + width + "s  %12s  %4s  %12s  %12s  %12s%n";
        s.append(String.format(Locale.ROOT, row, "term", "sum_sq", "df", "F", "p-value", "partial eta2"));
        for (TwoWayAnova.Row r : t.rows()) {
            s.append(String.format(Locale.ROOT, row, r.term(), number(r.sumSq()), r.df(), number(r.f()),
                    number(r.pValue()) + (r.pValue() <= alpha ? " *" : ""), number(r.partialEtaSquared())));
        }
        return s.append(String.format(Locale.ROOT, "  * rejects at alpha = %s that the term has no effect%n", alpha)).toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
