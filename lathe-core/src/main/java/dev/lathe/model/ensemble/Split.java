package dev.lathe.model.ensemble;

import java.util.BitSet;

/**
 * The best split of a node found in its histogram: rows whose bin of {@code feature} is at most
 * {@code bin} go left (for a categorical feature: whose bin is in {@code leftBins}), missing values go left
 * when {@code missingLeft}.
 *
 * @param gain     the decrease of the regularised loss, greater than 0
 * @param leftBins for a categorical split, the bins that go left; null for a numeric split
 */
record Split(int feature, int bin, BitSet leftBins, boolean missingLeft, double gain, double leftGradient,
             double leftHessian, int leftCount, double rightGradient, double rightHessian, int rightCount) {

    /** Whether a row in bin {@code b} of the split's feature goes left. */
    boolean goesLeft(int b) {
        if (b == BinMapper.MISSING) {
            return missingLeft;
        }
        return leftBins == null ? b <= bin : leftBins.get(b);
    }
}
