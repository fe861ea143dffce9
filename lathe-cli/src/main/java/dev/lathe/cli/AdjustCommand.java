package dev.lathe.cli;

import dev.lathe.stats.test.MultipleTesting;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe stats adjust P... [--method holm]}: p-values corrected for multiple testing, with decisions. */
@Command(name = "adjust", mixinStandardHelpOptions = true,
        description = "Correct p-values for multiple testing (Bonferroni, Holm, Hochberg, Benjamini-Hochberg/Yekutieli).")
final class AdjustCommand implements Callable<Integer> {

    @Parameters(paramLabel = "P", arity = "1..*", description = "The raw p-values, each in [0, 1].")
    List<Double> pValues;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "holm",
            description = "bonferroni, holm, hochberg, bh or by (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--alpha", paramLabel = "LEVEL", defaultValue = "0.05",
            description = "Family-wise error rate or false discovery rate (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MultipleTesting correction = MultipleTesting.parse(method);
        double[] p = pValues.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = correction.adjust(p);
        boolean[] reject = correction.reject(p, alpha);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", correction.label());
            m.put("alpha", alpha);
            m.put("p_values", pValues);
            List<Double> adj = new ArrayList<>();
            List<Boolean> rej = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                adj.add(adjusted[i]);
                rej.add(reject[i]);
            }
            m.put("adjusted", adj);
            m.put("reject", rej);
            out.println(Json.write(m));
        } else {
            out.printf(Locale.ROOT, "%s correction at alpha = %s%n", correction.label(), alpha);
            out.printf(Locale.ROOT, "  %4s  %12s  %12s  %s%n", "#", "p-value", "adjusted", "reject");
            for (int i = 0; i < p.length; i++) {
                out.printf(Locale.ROOT, "  %4d  %12.6g  %12.6g  %s%n", i + 1, p[i], adjusted[i], reject[i]);
            }
        }
        out.flush();
        return 0;
    }
}
