package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.math.Shuffle;
import dev.lathe.param.Check;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-fold cross-validation that keeps the target's class proportions in every test fold: each fold holds
 * either the floor or the ceiling of count(class) / n_splits rows of every class. Classes are taken in order
 * of first appearance and dealt round robin, as scikit-learn's {@code StratifiedKFold}; each class's rows
 * go to the folds in consecutive blocks in row order, or in a seeded random order when {@code shuffle}.
 * Unshuffled, the folds are scikit-learn's.
 *
 * @param nSplits number of folds, at least 2 (default 5); every class needs at least this many rows
 * @param shuffle deal each class's rows to the folds in random order (default true)
 * @param seed    random seed for the shuffle (default 0)
 */
public record StratifiedKFold(int nSplits, boolean shuffle, long seed) implements Splitter {

    /** Validates the hyperparameters. */
    public StratifiedKFold {
        Check.atLeast("n_splits", nSplits, 2);
    }

    /** 5 shuffled folds with seed 0. */
    public StratifiedKFold() {
        this(5, true, 0);
    }

    /**
     * Folds of {@code data}'s rows stratified by {@code target}, which must have one label per row, none
     * missing, and at least n_splits rows of every class.
     */
    @Override
    public List<Fold> split(Frame data, Column target) {
        Targets.Encoded classes = Strata.of("stratified_k_fold", data, target, nSplits,
                "to appear in each of the n_splits = " + nSplits + " folds");
        int[][] members = byFirstAppearance(classes.members());
        int[][] allocation = roundRobin(members, nSplits);
        SplittableRandom random = new SplittableRandom(seed);
        int[] foldOf = new int[data.rowCount()];
        for (int k = 0; k < members.length; k++) {
            int[] folds = new int[members[k].length];
            int p = 0;
            for (int f = 0; f < nSplits; f++) {
                for (int r = 0; r < allocation[f][k]; r++) {
                    folds[p++] = f;
                }
            }
            if (shuffle) {
                Shuffle.inPlace(folds, random);
            }
            for (int r = 0; r < folds.length; r++) {
                foldOf[members[k][r]] = folds[r];
            }
        }
        return Rows.fromLabels(foldOf, nSplits);
    }

    /** The classes' row lists reordered by each class's first row. */
    private static int[][] byFirstAppearance(int[][] members) {
        int[][] out = members.clone();
        Arrays.sort(out, (a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /**
     * {@code allocation[f][k]}: rows of class k in fold f, from dealing the rows sorted by class to the folds
     * in turn (position p goes to fold p mod n_splits).
     */
    private static int[][] roundRobin(int[][] members, int nSplits) {
        int[][] allocation = new int[nSplits][members.length];
        int p = 0;
        for (int k = 0; k < members.length; k++) {
            for (int r = 0; r < members[k].length; r++) {
                allocation[p++ % nSplits][k]++;
            }
        }
        return allocation;
    }
}
