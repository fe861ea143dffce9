package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-fold cross-validation repeated n_repeats times with a different shuffle each time, as scikit-learn's
 * {@code RepeatedKFold} and, when {@code stratified}, {@code RepeatedStratifiedKFold}. Each repetition is a
 * shuffled {@link KFold} (or {@link StratifiedKFold}) whose seed is drawn from {@code seed}; the folds come
 * repetition by repetition, n_splits * n_repeats in all.
 *
 * @param nSplits    folds per repetition, at least 2 (default 5)
 * @param nRepeats   number of repetitions, at least 1 (default 10)
 * @param stratified keep the target's class proportions in every fold (default false)
 * @param seed       random seed from which each repetition's seed is drawn (default 0)
 */
public record RepeatedKFold(int nSplits, int nRepeats, boolean stratified, long seed) implements Splitter {

    /** Validates the hyperparameters. */
    public RepeatedKFold {
        Check.atLeast("n_splits", nSplits, 2);
        Check.atLeast("n_repeats", nRepeats, 1);
    }

    /** 5 folds repeated 10 times, not stratified, seed 0. */
    public RepeatedKFold() {
        this(5, 10, false, 0);
    }

    /** The folds of every repetition in turn; {@code target} is needed when stratified. */
    @Override
    public List<Fold> split(Frame data, Column target) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Fold> folds = new ArrayList<>(nSplits * nRepeats);
        for (int r = 0; r < nRepeats; r++) {
            long repeatSeed = seeds.nextLong();
            Splitter once = stratified ? new StratifiedKFold(nSplits, true, repeatSeed)
                    : new KFold(nSplits, true, repeatSeed);
            folds.addAll(once.split(data, target));
        }
        return folds;
    }
}
