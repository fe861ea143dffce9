package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.report.causal.DidReport;
import dev.lathe.stats.causal.DidAnalysis;
import dev.lathe.stats.causal.DidRegression;
import dev.lathe.stats.causal.DidSpec;
import dev.lathe.stats.regression.CovarianceType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lathe stats did DATA --outcome COL --treated COL --post COL}: difference in differences. */
@Command(name = "did", mixinStandardHelpOptions = true,
        description = {"Difference in differences: the 2x2 table of means with standard errors and the regression"
                + " outcome ~ treated * post; with --unit and --time also two-way fixed effects, an event study with a"
                + " joint pre-trend test, and a placebo test on the pre-periods."})
final class DidCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file, one row per unit and period.")
    Path data;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "Numeric outcome.")
    String outcome;

    @Option(names = "--treated", required = true, paramLabel = "COLUMN",
            description = "0/1 or true/false: 1 for the treated group.")
    String treated;

    @Option(names = "--post", required = true, paramLabel = "COLUMN",
            description = "0/1 or true/false: 1 after the treatment started.")
    String post;

    @Option(names = "--unit", paramLabel = "COLUMN", description = "Unit identifier (panel data).")
    String unit;

    @Option(names = "--time", paramLabel = "COLUMN", description = "Numeric period (whole numbers); with --unit"
            + " enables fixed effects, event study and placebo.")
    String time;

    @Option(names = "--covariate", paramLabel = "TERM", split = ",",
            description = "Extra regression terms in formula syntax, e.g. --covariate bk,C(chain).")
    List<String> covariates = new ArrayList<>();

    @Option(names = "--cluster", paramLabel = "COLUMN", description = "Cluster-robust standard errors by this column.")
    String cluster;

    @Option(names = "--cluster-unit", description = "Cluster-robust standard errors by the --unit column.")
    boolean clusterUnit;

    @Option(names = "--robust", paramLabel = "TYPE", description = "Heteroscedasticity-robust standard errors:"
            + " hc0, hc1, hc2, hc3 (default: classical).")
    String robust;

    @Option(names = "--balanced", description = "Table of means on units seen before and after only (needs --unit).")
    boolean balanced;

    @Mixin
    AnalysisOutput analysisOutput;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DidRegression regression = regression();
        DidSpec design = new DidSpec(outcome, treated, post, unit, time, covariates);
        Frame frame = dataOptions.read(data);
        DidAnalysis analysis = DidAnalysis.run(frame, design, regression, balanced);
        analysisOutput.emit(spec, () -> DidReport.of("Difference in differences: " + data.getFileName(), analysis),
                () -> DidJson.of(analysis), () -> DidText.of(analysis));
        return 0;
    }

    private DidRegression regression() {
        int chosen = (cluster != null ? 1 : 0) + (clusterUnit ? 1 : 0) + (robust != null ? 1 : 0);
        if (chosen > 1) {
            throw new IllegalArgumentException("choose one of --robust, --cluster and --cluster-unit");
        }
        if (clusterUnit && unit == null) {
            throw new IllegalArgumentException("--cluster-unit needs --unit");
        }
        if (cluster != null || clusterUnit) {
            return new DidRegression(CovarianceType.CLUSTER, cluster);
        }
        CovarianceType type = robust == null ? CovarianceType.NONROBUST : CovarianceType.parse(robust);
        if (type == CovarianceType.CLUSTER) {
            throw new IllegalArgumentException("--robust takes hc0..hc3; use --cluster COLUMN for clusters");
        }
        return new DidRegression(type, null);
    }
}
