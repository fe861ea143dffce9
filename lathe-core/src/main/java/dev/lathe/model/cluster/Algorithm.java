package dev.lathe.model.cluster;

/** How k-means iterates; both give the same clusters from the same start, only speed differs. */
public enum Algorithm {
    /** Lloyd's algorithm: every distance every iteration. */
    LLOYD,
    /** Elkan's algorithm: triangle-inequality bounds skip most distances (Elkan 2003); more memory (rows x k). */
    ELKAN
}
