package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-fold cross-validation: rows (shuffled with {@code seed} when {@code shuffle}) cut into k nearly equal
 * consecutive test blocks (the first n mod k blocks one row larger, as scikit-learn does); each fold
 * trains on the other blocks.
 *
 * @param k       number of folds, at least 2 (default 5)
 * @param shuffle shuffle rows before cutting (default true)
 * @param seed    random seed for the shuffle
 */
public record KFold(int k, boolean shuffle, long seed) implements Splitter {

    public KFold {
        Check.atLeast("k", k, 2);
    }

    /** 5 shuffled folds with seed 0. */
    public KFold() {
        this(5, true, 0);
    }

    @Override
    public List<Fold> split(Frame data, Column target) {
        int n = data.rowCount();
        if (n < k) {
            throw new IllegalArgumentException("cannot make " + k + " folds from " + n + " rows");
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        if (shuffle) {
            shuffle(order, new SplittableRandom(seed));
        }
        List<Fold> folds = new ArrayList<>(k);
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            int[] test = Arrays.copyOfRange(order, start, start + size);
            int[] train = new int[n - size];
            System.arraycopy(order, 0, train, 0, start);
            System.arraycopy(order, start + size, train, start, n - start - size);
            Arrays.sort(test);
            Arrays.sort(train);
            folds.add(new Fold(train, test));
            start += size;
        }
        return folds;
    }

    /** Fisher-Yates shuffle in place. */
    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
