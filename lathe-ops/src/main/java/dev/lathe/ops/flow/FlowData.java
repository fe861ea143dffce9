package dev.lathe.ops.flow;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.ops.flow.spec.DataSource;
import dev.lathe.ops.flow.spec.DataSpec;
import dev.lathe.ops.flow.spec.FlowSpecException;
import java.io.IOException;
import java.util.List;

/**
 * The rows a flow reads: the training rows and the optional test rows, with the spec's column types.
 *
 * @param train the training rows
 * @param test  the separate test rows, or null when they are held out of {@code train}
 */
public record FlowData(Frame train, Frame test) {

    /** Reads the spec's sources; one that cannot be read is a {@link FlowSpecException}. */
    public static FlowData read(DataSpec spec) throws IOException {
        return new FlowData(read(spec, spec.train()), spec.test() == null ? null : read(spec, spec.test()));
    }

    private static Frame read(DataSpec spec, DataSource source) throws IOException {
        try {
            return source.read(CsvOptions.defaults().withTypes(spec.types()));
        } catch (IllegalArgumentException e) {
            throw new FlowSpecException(List.of(source.label() + ": " + e.getMessage()));
        }
    }
}
