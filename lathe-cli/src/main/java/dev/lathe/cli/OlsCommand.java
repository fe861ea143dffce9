package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.CovarianceType;
import dev.lathe.stats.regression.Ols;
import dev.lathe.stats.regression.OlsResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe stats ols DATA --formula "y ~ x"}: an OLS/WLS fit with a statsmodels-style summary. */
@Command(name = "ols", mixinStandardHelpOptions = true,
        description = "Ordinary (or weighted) least squares with standard errors, tests and diagnostics.")
final class OlsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file.")
    Path data;

    @Option(names = "--formula", required = true, description = "R-style formula, e.g. \"y ~ x1 + C(g) + I(x2^2)\".")
    String formula;

    @Option(names = "--robust", paramLabel = "TYPE", description = "Robust standard errors: hc0, hc1, hc2, hc3.")
    String robust;

    @Option(names = "--cluster", paramLabel = "COLUMN", description = "Cluster-robust standard errors by this column.")
    String cluster;

    @Option(names = "--weights", paramLabel = "COLUMN", description = "Column of positive weights (WLS).")
    String weights;

    @Option(names = "--json", description = "Print JSON instead of the summary table.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (robust != null && cluster != null) {
            throw new IllegalArgumentException("choose --robust or --cluster, not both");
        }
        CovarianceType type = cluster != null ? CovarianceType.CLUSTER
                : robust != null ? CovarianceType.parse(robust) : CovarianceType.NONROBUST;
        if (type == CovarianceType.CLUSTER && robust != null) {
            throw new IllegalArgumentException("--robust takes hc0..hc3; use --cluster COLUMN for clusters");
        }
        Frame frame = dataOptions.read(data);
        OlsResult r = new Ols(type, cluster, weights).fit(frame, formula);
        var out = spec.commandLine().getOut();
        out.print(json ? Json.write(toJson(r)) + System.lineSeparator() : r.summary());
        out.flush();
        return 0;
    }

    private static Map<String, Object> toJson(OlsResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formula", r.formula());
        m.put("covariance_type", r.covarianceType().name().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> coefficients = new ArrayList<>();
        for (Coefficient c : r.coefficients()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("term", c.term());
            cm.put("estimate", Json.number(c.estimate()));
            cm.put("std_error", Json.number(c.stdError()));
            cm.put(r.useT() ? "t" : "z", Json.number(c.statistic()));
            cm.put("p_value", Json.number(c.pValue()));
            cm.put("ci_low", Json.number(c.ciLow()));
            cm.put("ci_high", Json.number(c.ciHigh()));
            coefficients.add(cm);
        }
        m.put("coefficients", coefficients);
        m.put("r_squared", Json.number(r.rSquared()));
        m.put("adj_r_squared", Json.number(r.adjRSquared()));
        m.put("f_statistic", Json.number(r.fStatistic()));
        m.put("f_p_value", Json.number(r.fPValue()));
        m.put("residual_std_error", Json.number(r.residualStdError()));
        m.put("log_likelihood", Json.number(r.logLikelihood()));
        m.put("aic", Json.number(r.aic()));
        m.put("bic", Json.number(r.bic()));
        m.put("n", r.n());
        m.put("df_residual", r.dfResidual());
        m.put("condition_number", Json.number(r.conditionNumber()));
        m.put("durbin_watson", Json.number(r.diagnostics().durbinWatson()));
        m.put("jarque_bera", Json.number(r.diagnostics().jarqueBera()));
        m.put("omnibus", Json.number(r.diagnostics().omnibus()));
        m.put("dropped_rows", r.droppedRows());
        return m;
    }
}
