package dev.lathe.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.svm.Svc;
import dev.lathe.model.svm.SvcModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-run SVC comparison (peer: {@code lathe-bench/peers/svc_peer.py}, which writes the data): reads
 * {@code DATA_DIR/svc20k.csv} (20,000 x 20, binary {@code y}), fits {@link Svc} with scikit-learn's settings (rbf,
 * C 1, gamma scale, tol 1e-3, no probabilities) several times in one process (loading excluded, as the peer
 * times {@code fit}), and prints one JSON line: first and median fit seconds, median process CPU seconds per
 * fit, support vectors and training accuracy.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.SvcRun DATA_DIR [RUNS]}
 */
public final class SvcRun {

    private SvcRun() {
    }

    /** Runs the comparison; arguments: data folder, timed runs (default 2). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Frame data = CsvReader.read(dir.resolve("svc20k.csv"));
        Frame x = data.drop("y");
        Column y = data.column("y");
        Svc svc = (Svc) new Svc().withParams(Map.of("probability", false));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        SvcModel model = null;
        for (int r = 0; r < runs; r++) {
            long c = os.getProcessCpuTime();
            long t = System.nanoTime();
            model = svc.fit(x, y);
            seconds[r] = (System.nanoTime() - t) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c) / 1e9;
        }
        String[] predicted = model.predict(x);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i].equals(y.format(i)) ? 1 : 0;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "{\"case\": \"svc20k\", \"tool\": \"lathe.Svc\", \"first_seconds\": %.3f,"
                        + " \"median_seconds\": %.3f, \"median_cpu_seconds\": %.3f, \"runs\": %d, \"n_support\": %d,"
                        + " \"converged\": %s, \"train_accuracy\": %.6f}%n",
                seconds[0], sorted[runs / 2], cpu[runs / 2], runs, model.vectors().count(), model.converged(),
                (double) correct / predicted.length);
    }
}
