package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.QuantileRegression;
import dev.lathe.model.linear.QuantileSummary;
import dev.lathe.stats.formula.DesignMatrix;
import dev.lathe.stats.formula.Formula;
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

/** {@code lathe stats quantreg DATA --formula "y ~ x" --q 0.5}: linear quantile regression with inference. */
@Command(name = "quantreg", mixinStandardHelpOptions = true,
        description = "Linear quantile regression (exact linear program) with standard errors as statsmodels.")
final class QuantregCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file.")
    Path data;

    @Option(names = "--formula", required = true, description = "R-style formula, e.g. \"foodexp ~ income\".")
    String formula;

    @Option(names = "--q", defaultValue = "0.5", description = "Quantile in (0, 1) (default ${DEFAULT-VALUE}).")
    double q;

    @Option(names = "--vcov", defaultValue = "robust", description = "Standard errors: robust (Hall-Sheather kernel "
            + "sandwich, default) or iid.")
    String vcov;

    @Option(names = "--json", description = "Print JSON instead of the summary table.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuantileSummary.Covariance covariance = switch (vcov.toLowerCase(Locale.ROOT)) {
            case "robust" -> QuantileSummary.Covariance.ROBUST;
            case "iid" -> QuantileSummary.Covariance.IID;
            default -> throw new IllegalArgumentException("--vcov must be robust or iid, got '" + vcov + "'");
        };
        Formula f = Formula.parse(formula);
        DesignMatrix d = DesignMatrix.of(f, dataOptions.read(data));
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < d.p(); j++) {
            if (!d.names().get(j).equals("Intercept")) {
                columns.add(NumericColumn.wrap(d.names().get(j), d.columns()[j]));
            }
        }
        Frame x = Frame.of(columns);
        Column y = NumericColumn.wrap(d.responseName(), d.response());
        QuantileRegression.Fitted fit = new QuantileRegression(q, d.intercept(), 10_000, 1e-9).fit(x, y);
        QuantileSummary s = fit.summary(x, y, covariance);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(s)));
        } else {
            out.print(table(s));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> toJson(QuantileSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quantile", s.quantile());
        List<Map<String, Object>> terms = new ArrayList<>();
        for (QuantileSummary.Term t : s.terms()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("term", t.name().equals(QuantileRegression.INTERCEPT) ? "Intercept" : t.name());
            tm.put("estimate", Json.number(t.estimate()));
            tm.put("std_error", Json.number(t.standardError()));
            tm.put("t", Json.number(t.t()));
            tm.put("p_value", Json.number(t.pValue()));
            tm.put("ci_low", Json.number(t.lower()));
            tm.put("ci_high", Json.number(t.upper()));
            terms.add(tm);
        }
        m.put("coefficients", terms);
        m.put("pseudo_r_squared", Json.number(s.pseudoRSquared()));
        m.put("objective", Json.number(s.objective()));
        m.put("n", s.n());
        m.put("df_residual", s.dfResidual());
        m.put("bandwidth", Json.number(s.bandwidth()));
        return m;
    }

    private static String table(QuantileSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Quantile regression, q = %s, n = %d, pseudo R-squared %.4f, %s errors%n",
                s.quantile(), s.n(), s.pseudoRSquared(), s.covariance().name().toLowerCase(Locale.ROOT)));
        sb.append(String.format(Locale.ROOT, "%-24s %12s %10s %9s %9s %10s %10s%n", "", "coef", "std err", "t", "P>|t|",
                "[0.025", "0.975]"));
        for (QuantileSummary.Term t : s.terms()) {
            String name = t.name().equals(QuantileRegression.INTERCEPT) ? "Intercept" : t.name();
            sb.append(String.format(Locale.ROOT, "%-24s %12.6f %10.6f %9.3f %9.3f %10.4f %10.4f%n", name, t.estimate(),
                    t.standardError(), t.t(), t.pValue(), t.lower(), t.upper()));
        }
        return sb.toString();
    }
}
