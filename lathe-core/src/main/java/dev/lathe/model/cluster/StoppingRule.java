package dev.lathe.model.cluster;

import java.util.Arrays;

/**
 * scikit-learn's k-means stopping rule, shared by {@link Lloyd} and {@link Elkan}: stop when no label changed in
 * an iteration (strict convergence), or when the centres moved by at most {@code tol} (sum of squared shifts); in
 * the second case the labels belong to the previous centres and must be assigned once more.
 */
final class StoppingRule {

    private final int[] previous;
    private final double tol;
    private boolean strict;

    StoppingRule(int n, double tol) {
        this.previous = new int[n];
        Arrays.fill(previous, -1);
        this.tol = tol;
    }

    /** After an iteration that gave {@code labels} and moved the centres by {@code shift}: whether to stop. */
    boolean stop(int[] labels, double shift) {
        if (Arrays.equals(labels, previous)) {
            strict = true;
            return true;
        }
        if (shift <= tol) {
            return true;
        }
        System.arraycopy(labels, 0, previous, 0, labels.length);
        return false;
    }

    /** Whether the labels must be assigned again to the final centres (not stopped by unchanged labels). */
    boolean needsFinalAssignment() {
        return !strict;
    }
}
