package dev.lathe.model.recommend;

/** How implicit ALS solves each user's and item's normal equations. */
public enum Solver {
    /**
     * A few conjugate-gradient steps started from the previous factors (Takács, Pilászy and Tikk 2011), never
     * forming the k x k system: O(n k + k^2) per row and step. The default.
     */
    CG,
    /** Forms the k x k system and solves it exactly by Cholesky (EJML): O(n k^2 + k^3) per row. */
    CHOLESKY
}
