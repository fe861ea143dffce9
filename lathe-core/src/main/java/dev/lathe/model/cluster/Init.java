package dev.lathe.model.cluster;

/** How k-means chooses its first centres. */
public enum Init {
    /** k-means++ (Arthur and Vassilvitskii 2007) with 2 + ln k candidate draws per centre, as scikit-learn. */
    K_MEANS_PLUS_PLUS,
    /** k distinct rows drawn uniformly. */
    RANDOM
}
