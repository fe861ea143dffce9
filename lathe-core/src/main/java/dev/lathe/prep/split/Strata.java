package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;

/** The classes a stratified splitter keeps in proportion, with the checks every such splitter needs. */
final class Strata {

    private Strata() {
    }

    /**
     * The target's classes; fails when there is no target, when it does not match the data's rows, when a
     * label is missing, or when a class has fewer than {@code minPerClass} rows.
     *
     * @param splitter    the splitter's name for messages
     * @param minPerClass rows every class needs
     * @param why         what the minimum is for, completing "each class needs at least N rows ..."
     */
    static Targets.Encoded of(String splitter, Frame data, Column target, int minPerClass, String why) {
        if (target == null) {
            throw new IllegalArgumentException(splitter + " needs the target to stratify by");
        }
        if (target.size() != data.rowCount()) {
            throw new IllegalArgumentException("target '" + target.name() + "' has " + target.size()
                    + " rows, the data has " + data.rowCount());
        }
        Targets.Encoded classes = Targets.labels(target);
        int[] counts = classes.counts();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] < minPerClass) {
                throw new IllegalArgumentException(splitter + ": class '" + classes.classes().get(k) + "' of target '"
                        + target.name() + "' has " + counts[k] + (counts[k] == 1 ? " row" : " rows")
                        + "; each class needs at least " + minPerClass + " rows " + why);
            }
        }
        return classes;
    }
}
