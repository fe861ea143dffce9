package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-validation folds for semi-supervised learning: {@code inner} splits only the rows whose target is
 * present; the rows with a missing target (unlabelled) join every fold's training rows and no test rows,
 * so every fold is scored on labels alone.
 *
 * @param inner the splitter of the labelled rows (for example a stratified k-fold)
 */
public record LabelledFolds(Splitter inner) implements Splitter {

    /** Checks that there is an inner splitter. */
    public LabelledFolds {
        if (inner == null) {
            throw new IllegalArgumentException("labelled folds need a splitter for the labelled rows");
        }
    }

    @Override
    public List<Fold> split(Frame data, Column target) {
        if (target == null) {
            throw new IllegalArgumentException("labelled folds need the target to tell labelled rows apart");
        }
        int n = target.size();
        int labelledCount = 0;
        for (int i = 0; i < n; i++) {
            labelledCount += target.isMissing(i) ? 0 : 1;
        }
        int[] labelled = new int[labelledCount];
        int[] unlabelled = new int[n - labelledCount];
        for (int i = 0, l = 0, u = 0; i < n; i++) {
            if (target.isMissing(i)) {
                unlabelled[u++] = i;
            } else {
                labelled[l++] = i;
            }
        }
        List<Fold> out = new ArrayList<>();
        for (Fold f : inner.split(data.take(labelled), target.take(labelled))) {
            int[] train = new int[f.train().length + unlabelled.length];
            for (int k = 0; k < f.train().length; k++) {
                train[k] = labelled[f.train()[k]];
            }
            System.arraycopy(unlabelled, 0, train, f.train().length, unlabelled.length);
            java.util.Arrays.sort(train);
            int[] test = new int[f.test().length];
            for (int k = 0; k < test.length; k++) {
                test[k] = labelled[f.test()[k]];
            }
            out.add(new Fold(train, test));
        }
        return out;
    }
}
