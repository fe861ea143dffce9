package dev.lathe.bench;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.prep.Transformer;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.transform.PowerTransformer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-run preparation comparison with {@code peers/prep_peer.py}: reads {@code DATA_DIR/ingest_1m.csv}
 * once (not timed), then times fit + transform of the same steps as the peer's ColumnTransformer, each on
 * the 20 numeric columns: standard scaling, and Yeo-Johnson with standardisation (scikit-learn's
 * PowerTransformer defaults); and one-hot encoding of the 2 categorical columns. Prints one JSON line in the peers' format.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.PrepRun DATA_DIR [RUNS]}
 */
public final class PrepRun {

    private PrepRun() {
    }

    /**
     * The steps, each fitted on the whole frame and applied to it, as the peer's ColumnTransformer does side
     * by side: standard scaling and Yeo-Johnson of the numeric columns, one-hot encoding of the two
     * categorical ones (c0 with 4 levels and missing values, c1 with 300; dense output, unknown levels
     * ignored).
     */
    private static List<Transformer> steps() {
        return List.of(new StandardScaler(), new PowerTransformer(),
                new OneHotEncoder(ColumnSelector.types(ColumnType.CATEGORICAL), OneHotEncoder.Drop.NONE,
                        OneHotEncoder.HandleUnknown.IGNORE, 0, OneHotEncoder.HandleMissing.CATEGORY));
    }

    /** Runs the comparison; arguments: data folder, number of timed runs (default 3). */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench", "ingest_1m.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Frame frame = CsvReader.read(file);
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            for (Transformer step : steps()) {
                step.fitTransform(frame, null);
            }
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT,
                "{\"case\": \"prep\", \"tool\": \"lathe.StandardScaler+PowerTransformer+OneHotEncoder\", \"first_seconds\": %.3f,"
                        + " \"median_seconds\": %.3f, \"min_seconds\": %.3f, \"runs\": %d, \"rows\": %d}%n",
                seconds[0], sorted[runs / 2], sorted[0], runs, frame.rowCount());
    }
}
