package dev.lathe.model.tree;

/** The best split found for one node (mutable scratch, reused by {@link SplitFinder}). */
final class Split {

    /** The feature split on, or -1 when no valid split exists. */
    int feature = -1;
    /** Rows whose bin is at most this go left. */
    int cut;
    /** The lowest bin above {@link #cut} among the node's rows. */
    int next;
    /** Where missing values go. */
    boolean missingLeft;
    /** Whether the node had missing values of {@link #feature} in training. */
    boolean sawMissing;
    /** The proxy score of the split (larger is better). */
    double proxy;
    /** Weight and rows that go left. */
    double leftWeight;
    int leftRows;
    /** Impurities of the two children. */
    double leftImpurity;
    double rightImpurity;
}
