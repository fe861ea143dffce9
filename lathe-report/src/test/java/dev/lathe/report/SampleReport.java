package dev.lathe.report;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.report.chart.BarChart;
import dev.lathe.report.chart.BoxplotChart;
import dev.lathe.report.chart.ClassifierCurves;
import dev.lathe.report.chart.Curve;
import dev.lathe.report.chart.Heatmap;
import dev.lathe.report.chart.HistogramChart;
import dev.lathe.report.chart.MissingnessMatrix;
import dev.lathe.report.chart.RegressionDiagnostics;
import dev.lathe.report.chart.ScoreBand;
import dev.lathe.report.chart.ScoreCurves;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Figure;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.report.html.Tab;
import dev.lathe.stats.BoxplotStats;
import dev.lathe.stats.Correlation;
import dev.lathe.stats.CorrelationMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic report using every chart kind and block type (iris for the exploratory part, seeded synthetic
 * scores for the evaluation part). Run {@link #main} to write {@code target/sample-report.html} and look at it.
 * The statistics here are deliberately simple stand-ins for the ones lathe-core computes.
 */
public final class SampleReport {

    /** Column names in the sample that must come out escaped. */
    public static final String HOSTILE_COLUMN = "<script>alert('x')</script>";

    private SampleReport() {
    }

    /** Writes the sample to {@code target/sample-report.html} (or the path given). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/sample-report.html");
        Files.createDirectories(file.toAbsolutePath().getParent());
        build().write(file);
        System.out.println("wrote " + file.toAbsolutePath());
    }

    /** The sample report. */
    public static Report build() {
        Frame iris = Datasets.iris();
        List<String> numeric = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
        return Report.titled("Exploratory analysis and evaluation: iris.csv")
                .subtitle("150 rows, 5 columns; target species; sample report of lathe-report")
                .section(overview(iris))
                .section(distributions(iris, numeric))
                .section(correlations(iris))
                .section(missingness(iris))
                .section(evaluation());
    }

    private static Section overview(Frame iris) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("rows", iris.rowCount());
        shape.put("columns", iris.columnCount());
        shape.put("numeric columns", 4);
        shape.put("categorical columns", 1);
        shape.put("duplicate rows", 1);
        shape.put("memory", "7.2 KB");
        DataTable summary = DataTable.of("column", "type", "count", "missing", "mean", "std", "min", "median", "max");
        for (String name : List.of("sepal_length", "sepal_width", "petal_length", "petal_width")) {
            double[] v = iris.numeric(name).toArray();
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
            BoxplotStats b = BoxplotStats.of(v);
            summary.row(name, "numeric", v.length, 0, mean, sd, Arrays.stream(v).min().orElseThrow(), b.median(),
                    Arrays.stream(v).max().orElseThrow());
        }
        summary.row("species", "categorical", 150, 0, null, null, null, null, null);
        summary.row(HOSTILE_COLUMN, "text", 150, 150, null, null, null, null, null);
        return Section.titled("Overview")
                .paragraph("What the data holds, before any modelling. Numbers are rounded to four significant digits.")
                .keyValues(shape)
                .table(summary)
                .note(Severity.INFO, "species is balanced: 50 rows per class.")
                .note(Severity.WARNING, "petal_length and petal_width are strongly correlated (r = 0.96); "
                        + "linear models will share their weight.")
                .note(Severity.CRITICAL, "Column " + HOSTILE_COLUMN + " is entirely missing; drop it.");
    }

    private static Section distributions(Frame iris, List<String> numeric) {
        List<Figure> histograms = new ArrayList<>();
        for (String name : numeric) {
            double[] v = iris.numeric(name).toArray();
            double[] edges = edges(v, 16);
            long[] counts = counts(v, edges);
            double[][] kde = kde(v, edges[0], edges[edges.length - 1]);
            histograms.add(new Figure(name + ": histogram with kernel density",
                    HistogramChart.withDensity("Distribution of " + name, name, edges, counts, kde[0], kde[1])));
        }
        Section boxes = Section.titled("Box plots by species");
        List<Figure> boxFigures = new ArrayList<>();
        for (String name : List.of("sepal_width", "petal_length")) {
            boxFigures.add(new Figure(name + " by species (Tukey fences at 1.5 IQR)",
                    BoxplotChart.of(name + " by species", name, BoxplotStats.byGroup(iris, name, "species", 1.5))));
        }
        boxes.figures(boxFigures);
        Section levels = Section.titled("Categorical levels")
                .figures(List.of(
                        new Figure("Petal size class: short labels give vertical bars", BarChart.of(
                                "petal size class counts", "petal size class", List.of("small", "medium", "large"),
                                new long[] {50, 54, 46})),
                        new Figure("A long-labelled column: horizontal bars", BarChart.of("occupation counts",
                                "occupation", List.of("Professional / technical", "Sales & service",
                                        "Administrative support", "Craft & repair", "Other"),
                                new long[] {412, 388, 251, 97, 31}))));
        return Section.titled("Distributions")
                .figures(histograms)
                .subsection(boxes)
                .subsection(levels);
    }

    private static Section correlations(Frame iris) {
        Frame numeric = iris.drop("species");
        List<Tab> tabs = new ArrayList<>();
        for (Correlation.Method method : Correlation.Method.values()) {
            CorrelationMatrix m = CorrelationMatrix.of(numeric, method);
            String label = method.name().charAt(0) + method.name().substring(1).toLowerCase();
            tabs.add(new Tab(label, List.of(new Figure(label + " correlation",
                    Heatmap.of(label + " correlation", m.names(), m.names(), m.statistic())))));
        }
        return Section.titled("Correlations")
                .paragraph("Pairwise correlations of the numeric columns; choose the method with the tabs.")
                .tabs(tabs);
    }

    private static Section missingness(Frame iris) {
        Random random = new Random(7);
        int rows = iris.rowCount();
        boolean[][] missing = new boolean[6][rows];
        for (int r = 0; r < rows; r++) {
            missing[1][r] = random.nextDouble() < 0.05;
            missing[2][r] = r > 100 && random.nextDouble() < 0.6;
            missing[5][r] = true;
        }
        return Section.titled("Missing values")
                .figure("Missing cells are dark; rows run from top (first) to bottom (last)",
                        MissingnessMatrix.of("Missingness matrix", List.of("sepal_length", "sepal_width",
                                "petal_length", "petal_width", "species", HOSTILE_COLUMN), missing));
    }

    private static Section evaluation() {
        Random random = new Random(42);
        int n = 600;
        double[] score = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextDouble() < 0.3;
            score[i] = 1 / (1 + Math.exp(-((positive[i] ? 1.2 : -0.9) + 1.1 * random.nextGaussian())));
        }
        double[][] roc = roc(score, positive);
        double[][] pr = precisionRecall(score, positive);
        double[][] calibration = calibration(score, positive);
        double[] sizes = {60, 120, 240, 360, 480};
        ScoreBand train = new ScoreBand(new double[] {0.97, 0.95, 0.93, 0.925, 0.92},
                new double[] {0.02, 0.015, 0.01, 0.01, 0.008});
        ScoreBand valid = new ScoreBand(new double[] {0.82, 0.86, 0.88, 0.89, 0.895},
                new double[] {0.05, 0.04, 0.03, 0.025, 0.02});
        double[] c = {0.001, 0.01, 0.1, 1, 10, 100};
        ScoreBand cTrain = new ScoreBand(new double[] {0.70, 0.80, 0.88, 0.93, 0.97, 0.99},
                new double[] {0.02, 0.02, 0.015, 0.01, 0.01, 0.005});
        ScoreBand cValid = new ScoreBand(new double[] {0.69, 0.78, 0.86, 0.88, 0.85, 0.80},
                new double[] {0.04, 0.035, 0.03, 0.03, 0.035, 0.04});
        double[] fitted = new double[300];
        double[] residuals = new double[300];
        for (int i = 0; i < fitted.length; i++) {
            fitted[i] = 50 + 250 * random.nextDouble();
            residuals[i] = random.nextGaussian() * (10 + fitted[i] / 10);
        }
        double[] sorted = residuals.clone();
        Arrays.sort(sorted);
        double[] theoretical = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            theoretical[i] = probit((i + 0.5) / sorted.length);
        }
        return Section.titled("Evaluation")
                .keyValues(Map.of("model", "logistic regression (C = 1)", "test rows", n, "roc_auc", 0.8731))
                .subsection(Section.titled("Classifier curves").figures(List.of(
                        new Figure("ROC curve", ClassifierCurves.roc("ROC", List.of(
                                new Curve("logistic (AUC 0.873)", roc[0], roc[1])))),
                        new Figure("Precision-recall curve", ClassifierCurves.precisionRecall("Precision-recall",
                                List.of(new Curve("logistic (AP 0.78)", pr[0], pr[1])), 0.3)),
                        new Figure("Calibration (10 bins)", ClassifierCurves.calibration("Calibration",
                                List.of(new Curve("logistic", calibration[0], calibration[1])))))))
                .subsection(Section.titled("Bias and variance").figures(List.of(
                        new Figure("Learning curve (5-fold, mean \u00b1 1 sd)", ScoreCurves.learningCurve(
                                "Learning curve", sizes, train, valid, "accuracy")),
                        new Figure("Validation curve over C", ScoreCurves.validationCurve("Validation curve", "C",
                                c, true, cTrain, cValid, "accuracy"))))
                        .note(Severity.WARNING, "Training accuracy stays above validation accuracy by 0.03: "
                                + "some variance; more data would still help."))
                .subsection(Section.titled("Regression diagnostics").figures(List.of(
                        new Figure("Residuals against fitted values", RegressionDiagnostics.residuals(
                                "Residuals", fitted, residuals)),
                        new Figure("Normal Q-Q plot of residuals", RegressionDiagnostics.qq("Q-Q", theoretical,
                                sorted, 0, 25)))));
    }

    private static double[] edges(double[] v, int bins) {
        double min = Arrays.stream(v).min().orElseThrow();
        double max = Arrays.stream(v).max().orElseThrow();
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + (max - min) * i / bins;
        }
        return edges;
    }

    private static long[] counts(double[] v, double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        for (double x : v) {
            int b = (int) ((x - edges[0]) / (edges[bins] - edges[0]) * bins);
            counts[Math.min(b, bins - 1)]++;
        }
        return counts;
    }

    private static double[][] kde(double[] v, double from, double to) {
        double mean = Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
        double h = 1.06 * sd * Math.pow(v.length, -0.2);
        double[][] out = new double[2][120];
        for (int i = 0; i < 120; i++) {
            double x = from + (to - from) * i / 119;
            double sum = 0;
            for (double xi : v) {
                sum += Math.exp(-0.5 * Math.pow((x - xi) / h, 2));
            }
            out[0][i] = x;
            out[1][i] = sum / (v.length * h * Math.sqrt(2 * Math.PI));
        }
        return out;
    }

    private static Integer[] byScoreDescending(double[] score) {
        Integer[] order = new Integer[score.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        return order;
    }

    private static double[][] roc(double[] score, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = score.length - pos;
        double[][] out = new double[2][score.length + 1];
        int tp = 0;
        int fp = 0;
        Integer[] order = byScoreDescending(score);
        for (int k = 0; k < order.length; k++) {
            if (positive[order[k]]) {
                tp++;
            } else {
                fp++;
            }
            out[0][k + 1] = fp / (double) neg;
            out[1][k + 1] = tp / (double) pos;
        }
        return out;
    }

    private static double[][] precisionRecall(double[] score, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        double[][] out = new double[2][score.length];
        int tp = 0;
        Integer[] order = byScoreDescending(score);
        for (int k = 0; k < order.length; k++) {
            tp += positive[order[k]] ? 1 : 0;
            out[0][k] = tp / (double) pos;
            out[1][k] = tp / (double) (k + 1);
        }
        return out;
    }

    private static double[][] calibration(double[] score, boolean[] positive) {
        double[] sum = new double[10];
        double[] hits = new double[10];
        int[] n = new int[10];
        for (int i = 0; i < score.length; i++) {
            int b = Math.min(9, (int) (score[i] * 10));
            sum[b] += score[i];
            hits[b] += positive[i] ? 1 : 0;
            n[b]++;
        }
        List<double[]> points = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                points.add(new double[] {sum[b] / n[b], hits[b] / n[b]});
            }
        }
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    /** Inverse standard normal CDF by bisection; precise enough for a picture. */
    private static double probit(double p) {
        double lo = -8;
        double hi = 8;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double cdf = 0.5 * (1 + erf(mid / Math.sqrt(2)));
            if (cdf < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }
}
