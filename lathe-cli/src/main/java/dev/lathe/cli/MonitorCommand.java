package dev.lathe.cli;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.monitor.ColumnDrift;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.DriftDetector;
import dev.lathe.monitor.DriftOptions;
import dev.lathe.monitor.ProfileDrift;
import dev.lathe.monitor.profile.ReferenceProfile;
import dev.lathe.ops.alert.AlertConfig;
import dev.lathe.ops.alert.Alerting;
import dev.lathe.ops.alert.DriftWindow;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.report.drift.DriftReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lathe monitor --reference REF.csv --current CUR.csv}: data drift of the current data against the
 * reference, per column and for the data set, with Evidently's default methods ({@link DriftDetector}). A reference
 * ending in {@code .lathe} is a model file: its reference profile stands in for the training rows ({@link
 * ProfileDrift}) and the model's predictions on the current rows are compared with those on the training rows. The current
 * file is read with the reference's column types, so a value of another type is an error naming its row and column.
 * Exit 1 with {@code --fail-on-drift} when the data set drifts.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, subcommands = {MonitorWatchCommand.class, MonitorPerformanceCommand.class},
        description = {"Data drift of CUR.csv against REF.csv: a test or distance per column, the share of drifted",
                "columns and the data-set verdict; optionally an HTML report with the drifted distributions and",
                "alert rules evaluated on the result. 'lathe monitor watch' follows a running server."})
final class MonitorCommand implements Callable<Integer> {

    @Option(names = "--reference", paramLabel = "REF",
            description = "Reference CSV (e.g. training data), or a MODEL.lathe file: its stored profile of the "
                    + "training data, and prediction drift; required.")
    Path reference;

    @Option(names = "--current", paramLabel = "CUR", description = "CSV to check against the reference; required.")
    Path current;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Alert rules (YAML) evaluated on this check's metrics; alerts go to standard error and "
                    + "to the file's webhooks.")
    Path rules;

    @Option(names = "--json", description = "Print the verdicts as JSON on standard output.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "HTML drift report to write.")
    Path output;

    @Option(names = "--fail-on-drift", description = "Exit with 1 when the data set drifts.")
    boolean failOnDrift;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (reference == null || current == null) {
            throw new IllegalArgumentException("lathe monitor needs --reference REF and --current CUR "
                    + "(or the subcommand: lathe monitor watch)");
        }
        AlertConfig alertConfig = rules == null ? null : AlertConfig.read(rules);
        if (reference.getFileName().toString().endsWith(".lathe")) {
            return againstModel(alertConfig);
        }
        Frame ref = dataOptions.read(reference);
        Frame cur = readLike(current, ref.schema());
        DatasetDrift drift = new DriftDetector(DriftOptions.defaults()).detect(ref, cur);
        if (output != null) {
            DriftReport.of("Data drift: " + current.getFileName() + " against " + reference.getFileName(), drift, ref,
                    cur).write(output);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toMap(drift)) : text(drift));
        out.flush();
        alert(alertConfig, drift);
        return failOnDrift && drift.datasetDrift() ? 1 : 0;
    }

    /** Evaluates the alert rules, if any, on this check's (feature) drift. */
    private void alert(AlertConfig alertConfig, DatasetDrift drift) {
        if (alertConfig != null) {
            PrintWriter err = spec.commandLine().getErr();
            Alerting.of(alertConfig, Map.of(), line -> {
                err.println(line);
                err.flush();
            }).observe(DriftWindow.of(drift, Instant.now()));
        }
    }

    /**
     * Drift against the reference profile kept in a model file: the features, and the model's predictions on the
     * current rows against its predictions on the training rows. Exit 1 with --fail-on-drift when either drifts.
     * Alert rules see the feature drift.
     */
    private int againstModel(AlertConfig alertConfig) throws IOException {
        if (output != null) {
            throw new IllegalArgumentException("-o/--output needs reference rows to draw; with a model file as "
                    + "--reference use --json or the table (or pass the training CSV as --reference)");
        }
        SavedPipeline saved = SavedPipeline.load(reference);
        ReferenceProfile profile = saved.pipeline().profile().orElseThrow(() -> new IllegalArgumentException(
                reference + " was written by Lathe " + saved.latheVersion() + " without a reference profile; refit "
                        + "the model, or pass its training CSV as --reference"));
        Frame cur = readLike(current, saved.pipeline().inputSchema());
        ProfileDrift detector = new ProfileDrift(DriftOptions.defaults());
        DatasetDrift drift = detector.detect(profile.features(), cur);
        DatasetDrift predictions = detector.detect(profile.predictions(), saved.pipeline().predict(cur));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> map = toMap(drift);
            map.put("prediction_drift", toMap(predictions));
            out.println(Json.write(map));
        } else {
            out.println(text(drift));
            out.println();
            out.println("predictions of " + reference.getFileName() + " on " + current.getFileName()
                    + " against its predictions on the training rows:");
            out.println(text(predictions));
        }
        out.flush();
        alert(alertConfig, drift);
        return failOnDrift && (drift.datasetDrift() || predictions.datasetDrift()) ? 1 : 0;
    }

    /** {@code file} read with the reference's column types (the user's own --type wins). */
    private Frame readLike(Path file, Schema schema) throws IOException {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Schema.Field f : schema.fields()) {
            types.put(f.name(), f.type());
        }
        types.putAll(dataOptions.options().types());
        try {
            return CsvReader.read(file, dataOptions.options().withTypes(types));
        } catch (UnknownColumnException e) {
            throw new IllegalArgumentException(file + " lacks column '" + e.requested() + "' of the reference "
                    + reference);
        }
    }

    static Map<String, Object> toMap(DatasetDrift drift) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnDrift c : drift.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("method", c.failed() ? null : c.method().label());
            m.put("statistic", Json.number(c.statistic()));
            m.put("p_value", Json.number(c.pValue()));
            m.put("threshold", Json.number(c.threshold()));
            m.put("drift", c.drift());
            m.put("reference_missing", Json.number(c.referenceMissing()));
            m.put("current_missing", Json.number(c.currentMissing()));
            m.put("missing_drift", c.missingDrift());
            if (c.failed()) {
                m.put("error", c.error());
            }
            columns.add(m);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dataset_drift", drift.datasetDrift());
        map.put("drift_share", drift.driftShare());
        map.put("columns", columns);
        return map;
    }

    private static String text(DatasetDrift drift) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s %-14s %12s %12s %10s  %s%n", "column",
                "method", "statistic", "p-value", "threshold", "verdict"));
        for (ColumnDrift c : drift.columns()) {
            if (c.failed()) {
                b.append(String.format(Locale.ROOT, "%-20s error: %s%n", c.name(), c.error()));
                continue;
            }
            String verdict = c.distributionDrift() ? "DRIFT" : "ok";
            if (c.missingDrift()) {
                verdict += String.format(Locale.ROOT, ", missing share %.3f -> %.3f DRIFT", c.referenceMissing(),
                        c.currentMissing());
            }
            b.append(String.format(Locale.ROOT, "%-20s %-14s %12.6g %12s %10.3g  %s%n", c.name(), c.method().label(),
                    c.statistic(), Double.isNaN(c.pValue()) ? "-" : String.format(Locale.ROOT, "%.4g", c.pValue()),
                    c.threshold(), verdict));
        }
        b.append(String.format(Locale.ROOT, "data set: %s (share of drifted columns %.3f, threshold 0.5)",
                drift.datasetDrift() ? "DRIFT" : "no drift", drift.driftShare()));
        return b.toString();
    }
}
