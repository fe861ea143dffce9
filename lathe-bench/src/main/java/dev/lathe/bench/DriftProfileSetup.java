package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.encode.FrequencyEncoder;
import dev.lathe.prep.impute.NumericImputer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Prepares the drift benchmark against a reference profile (see docs/benchmarks.md): reads REF.csv, adds a seeded
 * normal target column {@code y}, fits a baseline (mean) regressor on every other column (categories frequency-
 * encoded, missing values imputed, so that predicting 1M rows stays cheap) and saves it to
 * OUT.lathe, so that the file's reference profile covers all of REF's columns (and the baseline's predictions).
 * Prints how long profiling and saving took.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.DriftProfileSetup REF.csv OUT.lathe}
 */
public final class DriftProfileSetup {

    private DriftProfileSetup() {
    }

    /** Reads the first argument, writes the second. */
    public static void main(String[] args) throws IOException {
        Frame reference = CsvReader.read(Path.of(args[0]));
        SplittableRandom rng = new SplittableRandom(1);
        double[] y = new double[reference.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextGaussian();
        }
        FittedPipeline fitted = Pipeline.of(new BaselineRegressor(), new FrequencyEncoder(), new NumericImputer())
                .fit(reference.withColumn(NumericColumn.wrap("y", y)), "y");
        long start = System.nanoTime();
        fitted.save(Path.of(args[1]));
        System.out.printf("profiled %d rows x %d columns and saved %s in %.2f s%n", reference.rowCount(),
                reference.columnCount(), args[1], (System.nanoTime() - start) / 1e9);
    }
}
