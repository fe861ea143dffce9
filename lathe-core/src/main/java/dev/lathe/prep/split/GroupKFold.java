package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.param.Check;
import java.util.Arrays;
import java.util.List;

/**
 * K-fold cross-validation that never splits a group: all rows of a group (a patient, a customer, a site)
 * are in the same test fold. Groups go largest first to the fold with the fewest rows so far (the first
 * such fold on ties), as scikit-learn's {@code GroupKFold}, so folds have nearly equal row counts. Equal-size
 * groups are taken in descending order of their sorted value; this gives scikit-learn's folds whenever
 * group sizes are distinct or there are at most 16 groups (beyond that NumPy's unstable sort may order
 * equal sizes differently). Deterministic: there is no shuffle and no seed.
 *
 * @param nSplits     number of folds, at least 2 (default 5); there must be at least as many groups
 * @param groupColumn name of the column holding each row's group (required; any column type, no missing
 *                    values); it stays in the data, so drop it from the features if it must not be learnt
 */
public record GroupKFold(int nSplits, String groupColumn) implements Splitter {

    /** Validates the hyperparameters. */
    public GroupKFold {
        Check.atLeast("n_splits", nSplits, 2);
        if (groupColumn == null || groupColumn.isBlank()) {
            throw new IllegalArgumentException("group_column is required: the name of the column holding each row's group");
        }
    }

    /** 5 folds of the groups in {@code groupColumn}. */
    public GroupKFold(String groupColumn) {
        this(5, groupColumn);
    }

    /** Folds of {@code data}'s rows by the groups of its group column; the target is not used. */
    @Override
    public List<Fold> split(Frame data, Column target) {
        Targets.Encoded groups = Groups.of("group_k_fold", data, groupColumn);
        int[] sizes = groups.counts();
        if (sizes.length < nSplits) {
            throw new IllegalArgumentException("group_k_fold cannot make " + nSplits + " folds from "
                    + sizes.length + " groups in column '" + groupColumn + "'; n_splits must be at most the number of groups");
        }
        Integer[] largestFirst = new Integer[sizes.length];
        Arrays.setAll(largestFirst, g -> sizes.length - 1 - g);
        Arrays.sort(largestFirst, (a, b) -> Integer.compare(sizes[b], sizes[a]));
        long[] foldRows = new long[nSplits];
        int[] foldOfGroup = new int[sizes.length];
        for (int g : largestFirst) {
            int lightest = 0;
            for (int f = 1; f < nSplits; f++) {
                if (foldRows[f] < foldRows[lightest]) {
                    lightest = f;
                }
            }
            foldRows[lightest] += sizes[g];
            foldOfGroup[g] = lightest;
        }
        int[] foldOf = new int[data.rowCount()];
        Arrays.setAll(foldOf, i -> foldOfGroup[groups.codes()[i]]);
        return Rows.fromLabels(foldOf, nSplits);
    }
}
