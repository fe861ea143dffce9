package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Labels that arrived after the predictions, joined to the scored rows by an id column (a request id, an order
 * number): for each scored row, whether its label arrived and whether it is the positive class.
 *
 * @param known    whether each scored row has a label
 * @param positive whether each labelled row is the positive class (false where not known)
 */
record LabelJoin(boolean[] known, boolean[] positive) {

    /**
     * Joins {@code labels} to {@code rows} on column {@code id}.
     *
     * @throws IllegalArgumentException when a file lacks the id or label column, an id repeats in the labels, or
     *                                  the scored rows also carry the label column
     */
    static LabelJoin of(Frame rows, Path rowsFile, Frame labels, Path labelsFile, String id, String label,
                        String positiveClass) {
        if (id == null) {
            throw new IllegalArgumentException("--labels needs --id COLUMN, the id both files share");
        }
        if (rows.has(label)) {
            throw new IllegalArgumentException(rowsFile + " already has the label column '" + label
                    + "'; give labels either in it or with --labels, not both");
        }
        require(rows, rowsFile, id);
        require(labels, labelsFile, id);
        require(labels, labelsFile, label);
        Column ids = labels.column(id);
        Column values = labels.column(label);
        Map<String, Boolean> byId = new HashMap<>();
        for (int i = 0; i < labels.rowCount(); i++) {
            if (ids.isMissing(i) || values.isMissing(i)) {
                continue;
            }
            if (byId.put(ids.format(i), values.format(i).equals(positiveClass)) != null) {
                throw new IllegalArgumentException(labelsFile + " row " + (i + 1) + ": id '" + ids.format(i)
                        + "' has a label already");
            }
        }
        Column rowIds = rows.column(id);
        boolean[] known = new boolean[rows.rowCount()];
        boolean[] positive = new boolean[rows.rowCount()];
        for (int i = 0; i < known.length; i++) {
            Boolean p = rowIds.isMissing(i) ? null : byId.get(rowIds.format(i));
            known[i] = p != null;
            positive[i] = p != null && p;
        }
        return new LabelJoin(known, positive);
    }

    private static void require(Frame frame, Path file, String column) {
        if (!frame.has(column)) {
            throw new IllegalArgumentException(file + " has no column '" + column + "'");
        }
    }
}
