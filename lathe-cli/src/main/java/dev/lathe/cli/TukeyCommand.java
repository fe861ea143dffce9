package dev.lathe.cli;

import dev.lathe.stats.test.TukeyHsd;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code lathe stats tukey DATA --value COL --group COL}: Tukey's HSD, every pair of group means with
 * simultaneous (1 - alpha) intervals and family-wise adjusted p-values; a table or JSON.
 */
@Command(name = "tukey", mixinStandardHelpOptions = true,
        description = "Tukey's HSD: all pairwise differences of group means with simultaneous intervals.")
final class TukeyCommand extends GroupedCommand {

    @Override
    void report(GroupedValues g) {
        double alpha = options.alpha();
        TukeyHsd.Result r = TukeyHsd.test(g.names(), options.confidence(), g.groups());
        PrintWriter out = spec.commandLine().getOut();
        out.print(options.json ? Json.write(toJson(r, alpha)) + System.lineSeparator() : table(r, alpha));
        out.flush();
    }

    private static Map<String, Object> toJson(TukeyHsd.Result r, double alpha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", "Tukey HSD");
        m.put("confidence", r.confidence());
        m.put("ms_within", Json.number(r.msWithin()));
        m.put("df_within", r.dfWithin());
        m.put("critical_q", Json.number(r.critical()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TukeyHsd.Comparison c : r.comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group1", c.first());
            row.put("group2", c.second());
            row.put("meandiff", Json.number(c.difference()));
            row.put("ci_low", Json.number(c.low()));
            row.put("ci_high", Json.number(c.high()));
            row.put("q", Json.number(c.q()));
            row.put("p_value", Json.number(c.pValue()));
            row.put("reject", c.rejects(alpha));
            rows.add(row);
        }
        m.put("comparisons", rows);
        m.put("alpha", alpha);
        return m;
    }

    private static String table(TukeyHsd.Result r, double alpha) {
        int width = 6;
        for (TukeyHsd.Comparison c : r.comparisons()) {
            width = Math.max(width, Math.max(c.first().length(), c.second().length()));
        }
        String level = java.math.BigDecimal.valueOf(r.confidence() * 100).stripTrailingZeros().toPlainString();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Tukey HSD, family-wise %s%% intervals (MS within %.6g on %d df, critical q %.6g)%n",
                level, r.msWithin(), r.dfWithin(), r.critical()));
        String row = "  %-" + width + "s  %-" + width + "s  %12s  %12s  %12s  %10s  %s%n";
        s.append(String.format(Locale.ROOT, row, "group1", "group2", "meandiff", "lower", "upper", "p-adj", "reject"));
        for (TukeyHsd.Comparison c : r.comparisons()) {
            s.append(String.format(Locale.ROOT, row, c.first(), c.second(), number(c.difference()), number(c.low()),
                    number(c.high()), number(c.pValue()), c.rejects(alpha)));
        }
        return s.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
