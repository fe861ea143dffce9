package dev.lathe.ops.serve;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;

/** A regressor on two numeric columns ({@code a}, {@code b}), for tensors of one datatype. */
final class NumericModel {

    private NumericModel() {
    }

    static Path file(Path dir) throws IOException {
        int n = 50;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
            b[i] = (i * 7) % 11;
            y[i] = 2 * a[i] - b[i] + (i % 3);
        }
        Path file = dir.resolve("numeric.lathe");
        Pipeline.of(new Ridge()).fit(Frame.of(NumericColumn.wrap("a", a), NumericColumn.wrap("b", b),
                NumericColumn.wrap("y", y)), "y").save(file);
        return file;
    }
}
