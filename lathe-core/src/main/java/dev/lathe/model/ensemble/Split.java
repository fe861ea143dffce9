package dev.lathe.model.ensemble;

/**
 * The best split of a node found in its histogram: rows whose bin of {@code feature} is at most
 * {@code bin} go left, missing values go left when {@code missingLeft}.
 *
 * @param gain the decrease of the regularised loss, greater than 0
 */
record Split(int feature, int bin, boolean missingLeft, double gain, double leftGradient, double leftHessian,
             int leftCount, double rightGradient, double rightHessian, int rightCount) {
}
