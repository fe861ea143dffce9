package dev.lathe.data;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.List;

/** The frame layout the feature generators share: numeric features {@code x1..xp}, then the target. */
final class FeatureFrames {

    private FeatureFrames() {
    }

    /** Columns {@code x1..xp} from {@code x[0..p-1]} (taken over, not copied), then {@code target} from {@code y}. */
    static Frame of(double[][] x, String target, double[] y) {
        List<Column> columns = new ArrayList<>(x.length + 1);
        for (int j = 0; j < x.length; j++) {
            columns.add(NumericColumn.wrap("x" + (j + 1), x[j]));
        }
        columns.add(NumericColumn.wrap(target, y));
        return Frame.of(columns);
    }
}
