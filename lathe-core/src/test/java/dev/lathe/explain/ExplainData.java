package dev.lathe.explain;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.List;
import java.util.SplittableRandom;

/** Small seeded data sets with interactions, missing values and a categorical column, for explanation tests. */
final class ExplainData {

    private ExplainData() {
    }

    /**
     * Five numeric columns a..e (a and b with some missing values) and a categorical column {@code colour}
     * with four levels; target {@code y} = 2a + b * c + (colour in {red, blue}) - e^2 / 2 + noise.
     */
    static Frame regression(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] names = {"a", "b", "c", "d", "e"};
        double[][] x = new double[5][n];
        int[] colour = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                x[j][i] = r.nextGaussian();
            }
            colour[i] = r.nextInt(4);
            y[i] = 2 * x[0][i] + x[1][i] * x[2][i] + (colour[i] % 2 == 0 ? 1 : 0) - x[4][i] * x[4][i] / 2
                    + 0.1 * r.nextGaussian();
            if (r.nextDouble() < 0.1) {
                x[0][i] = Double.NaN;
            }
            if (r.nextDouble() < 0.1) {
                x[1][i] = Double.NaN;
            }
        }
        return Frame.of(NumericColumn.wrap(names[0], x[0]), NumericColumn.wrap(names[1], x[1]),
                NumericColumn.wrap(names[2], x[2]), NumericColumn.wrap(names[3], x[3]),
                NumericColumn.wrap(names[4], x[4]),
                CategoricalColumn.wrap("colour", colour, List.of("blue", "green", "red", "yellow")),
                NumericColumn.wrap("y", y));
    }

    /** {@link #regression} with the target thresholded at its median into classes {@code no} / {@code yes}. */
    static Frame binary(int n, long seed) {
        Frame f = regression(n, seed);
        double[] y = f.numeric("y").toArray();
        double[] sorted = y.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[n / 2];
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = y[i] > median ? 1 : 0;
        }
        return f.drop("y").withColumn(CategoricalColumn.wrap("label", codes, List.of("no", "yes")));
    }

    /** The numeric columns a..e only, without missing values (for models that take numbers only). */
    static Frame numeric(int n, long seed) {
        Frame f = regression(n, seed + 1);
        java.util.List<dev.lathe.frame.Column> cols = new java.util.ArrayList<>();
        for (String name : List.of("a", "b", "c", "d", "e")) {
            double[] v = f.numeric(name).toArray();
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.isNaN(v[i]) ? 0 : v[i];
            }
            cols.add(NumericColumn.wrap(name, v));
        }
        cols.add(f.column("y"));
        return Frame.of(cols);
    }
}
