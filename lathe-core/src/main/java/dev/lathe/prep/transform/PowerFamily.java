package dev.lathe.prep.transform;

/**
 * One family of power transforms T(x; lambda). Each is written in terms of a log scale l(x) whose sum is
 * the log-Jacobian per unit of (lambda - 1), so that fitting computes l once per value and the forward
 * map from l for every lambda it tries.
 */
interface PowerFamily {

    /** Inputs must be greater than this (minus infinity when every real number is allowed). */
    double lowerBound();

    /** The log scale l(x): ln x for Box-Cox, sign(x) ln(1 + |x|) for Yeo-Johnson. */
    double logScale(double x);

    /** T(x; lambda) given l(x). */
    double fromLogScale(double logScale, double lambda);

    /** T(x; lambda). */
    default double forward(double x, double lambda) {
        return fromLogScale(logScale(x), lambda);
    }

    /** The x with T(x; lambda) = y; NaN where y lies outside the transform's range. */
    double inverse(double y, double lambda);
}
