package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cross-validation for time-ordered rows with an expanding window, as scikit-learn's
 * {@code TimeSeriesSplit}: the last n_splits blocks of test_size rows are the test folds, in time order, and
 * each fold trains on the rows before its test block, leaving out the {@code gap} rows just before it and
 * keeping at most max_train_size of the latest ones. No fold trains on rows later than its test rows.
 * Without a time column the folds are scikit-learn's. Deterministic: there is no shuffle and no seed.
 *
 * @param nSplits      number of folds, at least 2 (default 5)
 * @param testSize     rows per test fold, at least 1; null (default) means n_rows / (n_splits + 1)
 * @param gap          rows left out between each training set and its test block, at least 0 (default 0)
 * @param maxTrainSize largest training set, keeping the latest rows, at least 1; null (default) means no limit
 * @param timeColumn   timestamp or numeric column that orders the rows (stable for equal times); null
 *                     (default) means the rows are already in time order
 */
public record TimeSeriesSplit(int nSplits, Integer testSize, int gap, Integer maxTrainSize, String timeColumn)
        implements Splitter {

    /** Validates the hyperparameters. */
    public TimeSeriesSplit {
        Check.atLeast("n_splits", nSplits, 2);
        Check.atLeast("gap", gap, 0);
        if (testSize != null) {
            Check.atLeast("test_size", testSize, 1);
        }
        if (maxTrainSize != null) {
            Check.atLeast("max_train_size", maxTrainSize, 1);
        }
    }

    /** 5 folds over rows in row order, default test size, no gap, no training limit. */
    public TimeSeriesSplit() {
        this(5, null, 0, null, null);
    }

    /**
     * Folds of {@code data}'s rows in time order; the target is not used. Fails when there are not enough
     * rows for n_splits test blocks of test_size rows after gap rows and at least one training row.
     */
    @Override
    public List<Fold> split(Frame data, Column target) {
        int n = data.rowCount();
        if (nSplits + 1 > n) {
            throw new IllegalArgumentException("time_series_split cannot make " + nSplits + " folds from " + n
                    + " rows; it needs at least n_splits + 1 = " + (nSplits + 1));
        }
        int size = testSize != null ? testSize : n / (nSplits + 1);
        long firstTest = (long) n - (long) nSplits * size;
        if (firstTest - gap <= 0) {
            throw new IllegalArgumentException("time_series_split: " + n + " rows are too few for n_splits = "
                    + nSplits + " test blocks of test_size = " + size + " rows after gap = " + gap
                    + " rows; the first fold would have no training rows");
        }
        int[] order = TimeOrder.of("time_series_split", data, timeColumn);
        List<Fold> folds = new ArrayList<>(nSplits);
        for (int start = (int) firstTest; start < n; start += size) {
            int trainEnd = start - gap;
            int trainStart = maxTrainSize != null ? Math.max(0, trainEnd - maxTrainSize) : 0;
            folds.add(Rows.sorted(Arrays.copyOfRange(order, trainStart, trainEnd),
                    Arrays.copyOfRange(order, start, start + size)));
        }
        return folds;
    }
}
