package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.monitor.performance.Cbpe;
import dev.lathe.monitor.performance.PerformanceMonitor;
import dev.lathe.monitor.performance.PerformanceWindow;
import dev.lathe.ops.alert.AlertConfig;
import dev.lathe.ops.alert.Alerting;
import dev.lathe.ops.alert.ReferenceBand;
import dev.lathe.ops.alert.WindowMetrics;
import dev.lathe.pipeline.FittedPipeline;
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
 * {@code lathe monitor performance --model M --reference REF.csv --current CUR.csv}: a binary classifier's
 * performance over windows of the current rows: realised metrics when the rows carry labels, CBPE estimates
 * always (calibrated on the labelled reference rows), each flagged when it leaves the band of mean +- 3 SD over
 * the same windows of the reference rows.
 */
@Command(name = "performance", mixinStandardHelpOptions = true,
        description = {"A binary classifier's performance per window of CUR.csv: realised with labels, estimated",
                "without them (CBPE), flagged outside the reference's mean +- 3 SD."})
final class MonitorPerformanceCommand implements Callable<Integer> {

    private static final List<String> METRICS = List.of("accuracy", "precision", "recall", "f1", "roc_auc");

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = ModelArgument.HELP)
    String model;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "Rows with labels the model did not train on.")
    Path reference;

    @Option(names = "--current", required = true, paramLabel = "CUR", description = "Rows to watch; labels optional.")
    Path current;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Label column (default: the model's target).")
    String target;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Labels that arrived later: a CSV with the --id column and the label column, joined to "
                    + "CUR's rows by id; rows without one count for the estimate only.")
    Path labelsFile;

    @Option(names = "--id", paramLabel = "COLUMN", description = "With --labels: the id column both files share "
            + "(e.g. request_id).")
    String idColumn;

    @Option(names = "--window", paramLabel = "N", defaultValue = "500", description = "Rows per window (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--band-sd", paramLabel = "K", defaultValue = "3",
            description = "Flag a window outside the reference mean +- K SD (default: ${DEFAULT-VALUE}).")
    double bandSd;

    @Option(names = "--rules", paramLabel = "FILE", description = "Alert rules (YAML) evaluated on every window.")
    Path rules;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AlertConfig alertConfig = rules == null ? null : AlertConfig.read(rules);
        FittedPipeline pipeline = FittedPipeline.load(ModelArgument.resolve(model, storeOptions));
        if (!(pipeline.model() instanceof Classifier c) || c.classes().size() != 2) {
            throw new IllegalArgumentException("performance estimation (CBPE) needs a binary classifier; " + model
                    + " is " + (pipeline.model() instanceof Classifier k ? "a classifier of " + k.classes().size()
                    + " classes" : "a regressor"));
        }
        String positive = c.classes().get(1);
        String label = target != null ? target : pipeline.target();
        Frame ref = dataOptions.read(reference);
        Frame cur = dataOptions.read(current);
        double[] refScores = scores(pipeline, ref, positive);
        boolean[] refLabels = labels(ref, label, positive, reference, true);
        // the pipeline predicts the second class when its probability is above 0.5, ties going to the first
        Cbpe cbpe = Cbpe.fit(refScores, refLabels, Math.nextUp(0.5));
        PerformanceMonitor monitor = new PerformanceMonitor(cbpe, window);
        Map<String, double[]> spread = monitor.referenceSpread(refScores, refLabels);
        Map<String, ReferenceBand> bands = new LinkedHashMap<>();
        spread.forEach((k, v) -> {
            if (java.util.Arrays.stream(v).allMatch(Double::isFinite)) {
                bands.put(k, ReferenceBand.of(v, bandSd));
            }
        });
        double[] curScores = scores(pipeline, cur, positive);
        List<PerformanceWindow> windows;
        if (labelsFile != null) {
            LabelJoin join = LabelJoin.of(cur, current, dataOptions.read(labelsFile), labelsFile, idColumn, label,
                    positive);
            windows = monitor.windows(curScores, join.positive(), join.known());
        } else {
            windows = monitor.windows(curScores, labels(cur, label, positive, current, false));
        }
        if (alertConfig != null) {
            PrintWriter err = spec.commandLine().getErr();
            Alerting alerting = Alerting.of(alertConfig, spread, line -> {
                err.println(line);
                err.flush();
            });
            Instant now = Instant.now();
            for (PerformanceWindow w : windows) {
                alerting.observe(new WindowMetrics(now.plusMillis(w.index()), w.metrics()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toJson(windows, bands, positive)) : text(windows, bands, positive));
        out.flush();
        return 0;
    }

    private static double[] scores(FittedPipeline pipeline, Frame rows, String positive) {
        return pipeline.predict(rows).numeric("p_" + positive).toArray();
    }

    /** Whether each row's label is the positive class; null when the column is absent and labels are optional. */
    private static boolean[] labels(Frame rows, String label, String positive, Path file, boolean required) {
        if (!rows.has(label)) {
            if (required) {
                throw new IllegalArgumentException(file + " has no label column '" + label + "'; the reference needs "
                        + "labels (name the column with --target)");
            }
            return null;
        }
        Column column = rows.column(label);
        boolean[] out = new boolean[rows.rowCount()];
        for (int i = 0; i < out.length; i++) {
            if (column.isMissing(i)) {
                throw new IllegalArgumentException(file + " row " + (i + 1) + ": label column '" + label
                        + "' is missing; give every row its label, or drop the column to estimate without labels");
            }
            out[i] = column.format(i).equals(positive);
        }
        return out;
    }

    private static List<String> flags(PerformanceWindow w, Map<String, ReferenceBand> bands) {
        List<String> out = new ArrayList<>();
        w.metrics().forEach((k, v) -> {
            ReferenceBand b = bands.get(k);
            if (b != null && b.outside(v)) {
                out.add(k);
            }
        });
        return out;
    }

    private Map<String, Object> toJson(List<PerformanceWindow> windows, Map<String, ReferenceBand> bands, String positive) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("positive_class", positive);
        m.put("window", window);
        Map<String, Object> b = new LinkedHashMap<>();
        bands.forEach((k, v) -> b.put(k, List.of(v.lower(), v.upper())));
        m.put("reference_bands", b);
        List<Map<String, Object>> ws = new ArrayList<>();
        for (PerformanceWindow w : windows) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("index", w.index());
            e.put("start", w.start());
            e.put("end", w.end());
            e.put("labelled", w.labelled());
            e.put("realised", numbers(w.realised()));
            e.put("estimated", numbers(w.estimated()));
            e.put("outside_band", flags(w, bands));
            ws.add(e);
        }
        m.put("windows", ws);
        return m;
    }

    private static Map<String, Object> numbers(Map<String, Double> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Json.number(v)));
        return out;
    }

    private static String text(List<PerformanceWindow> windows, Map<String, ReferenceBand> bands, String positive) {
        StringBuilder s = new StringBuilder("positive class '" + positive + "'; realised (with labels) / estimated (CBPE); "
                + "* outside the reference band" + System.lineSeparator());
        s.append(String.format(Locale.ROOT, "%-7s %-13s", "window", "rows"));
        for (String m : METRICS) {
            s.append(String.format(Locale.ROOT, " %-19s", m));
        }
        s.append(System.lineSeparator());
        for (PerformanceWindow w : windows) {
            List<String> flagged = flags(w, bands);
            s.append(String.format(Locale.ROOT, "%-7d %-13s", w.index(), w.start() + "-" + (w.end() - 1)));
            for (String m : METRICS) {
                String real = w.realised().containsKey(m) ? cell(w.realised().get(m), flagged.contains(m)) : "-";
                s.append(String.format(Locale.ROOT, " %-19s", real + " / " + cell(w.estimated().get(m),
                        flagged.contains("estimated_" + m))));
            }
            s.append(System.lineSeparator());
        }
        return s.toString().stripTrailing();
    }

    private static String cell(double v, boolean flagged) {
        return String.format(Locale.ROOT, "%.3f", v) + (flagged ? "*" : "");
    }
}
