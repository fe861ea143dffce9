package dev.lathe.bench;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.ops.serve.MlflowRequest;
import dev.lathe.ops.serve.ServedModel;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.scale.StandardScaler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * In-process single-row latency of the prediction server's path, without HTTP: a pipeline of standard
 * scaling, one-hot encoding and 100-tree gradient boosting (max_depth 6), fitted on 20,000 seeded rows of six
 * numeric and two categorical columns. Times, per row, (a) {@code FittedPipeline.predict} on a one-row frame
 * and (b) what the server does for a {@code dataframe_split} body: parse and check the JSON against the schema,
 * then predict. 1,000 distinct rows cycled; warm-up rounds first; prints one JSON line with p50, p99 and p99.9.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.ServeLatencyRun [ROUNDS]}
 */
public final class ServeLatencyRun {

    private static final String[] CITIES = {"north", "south", "east", "west", "centre"};
    private static final String[] PLANS = {"basic", "plus", "pro"};

    private ServeLatencyRun() {
    }

    /** Runs the measurement; argument: timed predictions per case (default 200,000). */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        FittedPipeline pipeline = fit(data(20_000, 1, true));
        ServedModel model = new ServedModel("bench", "1", pipeline, "memory");
        Frame rows = data(1_000, 2, false);
        Frame[] single = new Frame[rows.rowCount()];
        byte[][] bodies = new byte[rows.rowCount()][];
        for (int i = 0; i < single.length; i++) {
            single[i] = rows.take(new int[] {i});
            bodies[i] = body(rows, i);
        }
        long[] predictOnly = time(rounds, i -> pipeline.predict(single[i % single.length]));
        long[] request = time(rounds, i -> model.predict(MlflowRequest.read("application/json",
                bodies[i % bodies.length], pipeline.inputSchema(), 10_000)));
        System.out.printf(Locale.ROOT, "{\"case\": \"serve_latency\", \"trees\": 100, \"rounds\": %d, "
                        + "\"predict_us\": {%s}, \"parse_check_predict_us\": {%s}}%n",
                rounds, percentiles(predictOnly), percentiles(request));
    }

    /** The benchmark pipeline: scaling, one-hot encoding, 100 gradient-boosted trees of depth at most 6. */
    static FittedPipeline fit(Frame train) {
        GradientBoostingClassifier booster = (GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 100, "max_depth", 6, "learning_rate", 0.1));
        return Pipeline.of(booster, new StandardScaler(), new OneHotEncoder()).fit(train, "y");
    }

    private interface Work {
        Object run(int i);
    }

    private static long[] time(int rounds, Work work) {
        for (int i = 0; i < rounds / 2; i++) {
            work.run(i);
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "\"p50\": %.1f, \"p99\": %.1f, \"p999\": %.1f",
                sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[(int) (sorted.length * 0.999)] / 1e3);
    }

    static byte[] body(Frame rows, int i) {
        StringBuilder json = new StringBuilder("{\"dataframe_split\": {\"columns\": [");
        for (int j = 0; j < rows.columnCount(); j++) {
            json.append(j > 0 ? ", " : "").append('"').append(rows.column(j).name()).append('"');
        }
        json.append("], \"data\": [[");
        for (int j = 0; j < rows.columnCount(); j++) {
            String cell = rows.column(j).format(i);
            json.append(j > 0 ? ", " : "").append(rows.column(j) instanceof NumericColumn ? cell : "\"" + cell + "\"");
        }
        return json.append("]]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Seeded rows: x1..x6 numeric, city and plan categorical, and (with a target) y = yes/no. */
    static Frame data(int n, long seed, boolean withTarget) {
        Random r = new Random(seed);
        double[][] x = new double[6][n];
        String[] city = new String[n];
        String[] plan = new String[n];
        String[] y = new String[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                x[j][i] = r.nextGaussian() * (j + 1);
            }
            city[i] = CITIES[r.nextInt(CITIES.length)];
            plan[i] = PLANS[r.nextInt(PLANS.length)];
            double score = x[0][i] - 0.5 * x[1][i] + 0.3 * x[2][i] * x[3][i] / 4 + (plan[i].equals("pro") ? 1 : 0)
                    + r.nextGaussian();
            y[i] = score > 0 ? "yes" : "no";
        }
        var columns = new java.util.ArrayList<dev.lathe.frame.Column>();
        for (int j = 0; j < 6; j++) {
            columns.add(NumericColumn.wrap("x" + (j + 1), x[j]));
        }
        columns.add(CategoricalColumn.of("city", city));
        columns.add(CategoricalColumn.of("plan", plan));
        if (withTarget) {
            columns.add(CategoricalColumn.of("y", y));
        }
        return Frame.of(columns);
    }
}
