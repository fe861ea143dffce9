package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import dev.lathe.param.Check;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-fold cross-validation: rows (shuffled with {@code seed} when {@code shuffle}) cut into n_splits nearly
 * equal consecutive test blocks (the first n mod n_splits blocks one row larger, as scikit-learn does); each
 * fold trains on the other blocks. Unshuffled, the folds are scikit-learn's {@code KFold(n_splits)}.
 *
 * @param nSplits number of folds, at least 2 (default 5)
 * @param shuffle shuffle rows before cutting (default true)
 * @param seed    random seed for the shuffle (default 0)
 */
public record KFold(int nSplits, boolean shuffle, long seed) implements Splitter {

    /** Validates the hyperparameters. */
    public KFold {
        Check.atLeast("n_splits", nSplits, 2);
    }

    /** 5 shuffled folds with seed 0. */
    public KFold() {
        this(5, true, 0);
    }

    /** Folds of {@code data}'s rows; the target is not used. Fails when there are fewer rows than folds. */
    @Override
    public List<Fold> split(Frame data, Column target) {
        int n = data.rowCount();
        if (n < nSplits) {
            throw new IllegalArgumentException("cannot make " + nSplits + " folds from " + n + " rows");
        }
        int[] order = Rows.identity(n);
        if (shuffle) {
            Shuffle.inPlace(order, new SplittableRandom(seed));
        }
        int[] foldOf = new int[n];
        int start = 0;
        for (int f = 0; f < nSplits; f++) {
            int size = n / nSplits + (f < n % nSplits ? 1 : 0);
            for (int p = start; p < start + size; p++) {
                foldOf[order[p]] = f;
            }
            start += size;
        }
        return Rows.fromLabels(foldOf, nSplits);
    }
}
