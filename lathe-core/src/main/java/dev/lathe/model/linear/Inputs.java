package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;

/** Checks that features and target belong together. */
final class Inputs {

    private Inputs() {
    }

    /** The numeric target, which must have one value per feature row. */
    static double[] target(Frame x, Column y) {
        double[] v = Targets.numeric(y);
        if (v.length != x.rowCount()) {
            throw new IllegalArgumentException("target '" + y.name() + "' has " + v.length + " rows, the features "
                    + x.rowCount());
        }
        return v;
    }
}
