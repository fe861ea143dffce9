package dev.lathe.prep.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Row-number helpers shared by the splitters: turning fold labels or row sets into folds. */
final class Rows {

    private Rows() {
    }

    /** 0, 1, ..., n - 1. */
    static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    /** One fold per label 0..k-1: fold f tests the rows labelled f and trains on all others, both ascending. */
    static List<Fold> fromLabels(int[] foldOf, int k) {
        int[] sizes = new int[k];
        for (int f : foldOf) {
            sizes[f]++;
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int[] test = new int[sizes[f]];
            int[] train = new int[foldOf.length - sizes[f]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < foldOf.length; i++) {
                if (foldOf[i] == f) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            folds.add(new Fold(train, test));
        }
        return folds;
    }

    /** A fold of copies of the given row sets, each sorted ascending. */
    static Fold sorted(int[] train, int[] test) {
        int[] tr = train.clone();
        int[] te = test.clone();
        Arrays.sort(tr);
        Arrays.sort(te);
        return new Fold(tr, te);
    }
}
