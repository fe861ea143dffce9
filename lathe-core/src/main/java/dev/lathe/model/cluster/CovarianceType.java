package dev.lathe.model.cluster;

/** The shape of a Gaussian mixture's covariance matrices, as scikit-learn's {@code covariance_type}. */
public enum CovarianceType {
    /** Each component its own general covariance matrix. */
    FULL,
    /** One general covariance matrix shared by all components. */
    TIED,
    /** Each component its own diagonal covariance matrix. */
    DIAG,
    /** Each component its own single variance. */
    SPHERICAL;

    /** The number of free covariance parameters for {@code k} components in {@code d} dimensions. */
    int parameters(int k, int d) {
        return switch (this) {
            case FULL -> k * d * (d + 1) / 2;
            case TIED -> d * (d + 1) / 2;
            case DIAG -> k * d;
            case SPHERICAL -> k;
        };
    }
}
