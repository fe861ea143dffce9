package dev.lathe.bench;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.linear.LogisticRegression;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-run logistic regression comparison (peers.py case {@code logreg}): reads
 * {@code DATA_DIR/clf500k50_train.csv} and {@code _test.csv}, fits an L2 logistic regression with C 1,
 * max_iter 1000 and the given tol (peers.py gives scikit-learn 1e-6) several times in one process (loading
 * excluded, as peers.py times {@code fit}), and prints one JSON line: first and median fit seconds, the
 * median process CPU seconds per fit (steadier than wall time on a shared machine), iterations and the test
 * AUC. With a fourth argument it also writes the intercept and coefficients, one
 * per line, to that file.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.LogRegRun DATA_DIR [RUNS] [TOL]
 * [COEF_FILE]}
 */
public final class LogRegRun {

    private LogRegRun() {
    }

    /** Runs the comparison; arguments: data folder, timed runs (default 3), tol (default 1e-6), coefficient file. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double tol = args.length > 2 ? Double.parseDouble(args[2]) : 1e-6;
        Frame train = CsvReader.read(dir.resolve("clf500k50_train.csv"));
        Frame test = CsvReader.read(dir.resolve("clf500k50_test.csv"));
        LogisticRegression estimator = (LogisticRegression) new LogisticRegression()
                .withParams(java.util.Map.of("max_iter", 1000, "tol", tol));
        Frame x = train.drop("y");
        Column y = train.column("y");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        LogisticRegression.Fitted model = null;
        for (int r = 0; r < runs; r++) {
            long c = os.getProcessCpuTime();
            long t = System.nanoTime();
            model = estimator.fit(x, y);
            seconds[r] = (System.nanoTime() - t) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c) / 1e9;
        }
        int positive = model.classes().indexOf("1");
        double[][] p = model.predictProba(test.drop("y"));
        double[] score = new double[p.length];
        boolean[] isPositive = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            score[i] = p[i][positive];
            isPositive[i] = test.column("y").format(i).equals("1");
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT,
                "{\"case\": \"logreg\", \"tool\": \"lathe.LogisticRegression-lbfgs\", \"first_seconds\": %.3f,"
                        + " \"median_seconds\": %.3f, \"median_cpu_seconds\": %.3f, \"runs\": %d, \"tol\": %s,"
                        + " \"iters\": %d, \"converged\": %s, \"auc\": %.6f}%n",
                seconds[0], sorted[runs / 2], cpu[runs / 2], runs, tol, model.iterations(), model.converged(),
                auc(score, isPositive));
        if (args.length > 3) {
            List<String> lines = new ArrayList<>();
            lines.add(Double.toString(model.intercepts()[0]));
            for (double c : model.coefficients()[0]) {
                lines.add(Double.toString(c));
            }
            Files.write(Path.of(args[3]), lines);
        }
    }

    /** Area under the ROC curve from ranks (Mann-Whitney), tied scores sharing their average rank. */
    static double auc(double[] score, boolean[] positive) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double positiveRanks = 0;
        long positives = 0;
        for (int start = 0; start < order.length;) {
            int end = start;
            while (end + 1 < order.length && score[order[end + 1]] == score[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = score.length - positives;
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
