package dev.lathe.model;

import dev.lathe.frame.Frame;
import java.util.List;

/** Reads the features a fitted model was trained on from new data, by name, with a clear error. */
public final class QueryFeatures {

    private QueryFeatures() {
    }

    /**
     * The columns {@code fitted} of {@code x} as {@link Features#matrix} reads them ({@code result[j][i]}),
     * other columns ignored; fails naming the first fitted feature {@code x} lacks and the counts.
     */
    public static double[][] matrix(Frame x, List<String> fitted) {
        for (String f : fitted) {
            if (!x.has(f)) {
                throw new IllegalArgumentException("the model was fitted on " + fitted.size() + " features "
                        + fitted + "; the query has " + x.columnCount() + " columns and lacks '" + f + "'");
            }
        }
        return Features.matrix(x.select(fitted));
    }
}
