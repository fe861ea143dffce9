package dev.lathe.bench;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.model.recommend.ImplicitAls;
import dev.lathe.model.recommend.Interactions;
import dev.lathe.model.recommend.Solver;
import dev.lathe.parallel.Parallelism;
import java.util.Locale;

/**
 * Implicit ALS fit time (issue 15, item 12): {@code Synthetic.interactions} with 100k users, 20k items and 50
 * interactions per user on average (about 5M), then {@link ImplicitAls} with 64 factors, 10 iterations and the
 * conjugate-gradient solver (3 steps). Times the fit only (generation and id numbering excluded) and prints one
 * JSON line with the seconds, the process CPU seconds, the threads and the load average before the run.
 *
 * <p>Usage: {@code java -cp CLASSPATH dev.lathe.bench.ImplicitAlsRun [USERS ITEMS PER_USER]}
 */
public final class ImplicitAlsRun {

    private ImplicitAlsRun() {
    }

    /** Runs the benchmark; arguments: users (100000), items (20000), mean interactions per user (50). */
    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int perUser = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Frame frame = Synthetic.interactions(users, items, perUser, 8, 1.0, 2.0, 7);
        Interactions data = Interactions.from(frame, "user", "item", null, null);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        ImplicitAls als = new ImplicitAls(64, 0.01, 40, 10, Solver.CG, 3, 0);
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        als.fit(data);
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "{\"case\": \"implicit_als\", \"tool\": \"lathe.ImplicitAls-cg3\", \"users\": %d,"
                        + " \"items\": %d, \"interactions\": %d, \"factors\": 64, \"iterations\": 10, \"seconds\": %.2f,"
                        + " \"cpu_seconds\": %.2f, \"threads\": %d, \"load\": %.2f}%n",
                data.users().size(), data.items().size(), data.size(), seconds, cpuSeconds, Parallelism.threads(), load);
    }
}
