package dev.lathe.ops.serve;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.Schema;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a freshly loaded model on a typical row before it takes traffic, so that the first client does not
 * pay for class loading and JIT compilation, and so that a model that cannot predict is never swapped in.
 */
final class WarmUp {

    /** Predictions made on the warm-up row; enough for the interpreter to hand the hot paths to the JIT. */
    private static final int ROUNDS = 200;

    private WarmUp() {
    }

    /** Predicts the warm-up row {@link #ROUNDS} times; a failure propagates. */
    static void run(ServedModel model) {
        Frame row = row(model.pipeline().inputSchema());
        for (int i = 0; i < ROUNDS; i++) {
            model.pipeline().predict(row);
        }
    }

    /** One row: zero for numbers, the first training level for labels, false, the epoch. */
    static Frame row(Schema schema) {
        List<Column> columns = new ArrayList<>();
        for (Schema.Field f : schema.fields()) {
            String label = f.levels().isEmpty() ? "" : f.levels().get(0);
            columns.add(switch (f.type()) {
                case NUMERIC -> NumericColumn.wrap(f.name(), new double[] {0});
                case CATEGORICAL -> CategoricalColumn.of(f.name(), label);
                case TEXT -> TextColumn.of(f.name(), label);
                case BOOLEAN -> BooleanColumn.wrap(f.name(), new byte[] {0});
                case TIMESTAMP -> TimestampColumn.wrap(f.name(), new long[] {0});
            });
        }
        return Frame.of(columns);
    }
}
