package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;

/** An estimator that can weight training rows (for class balancing and weighted fits). */
public interface SupportsSampleWeights {

    /**
     * As {@link Estimator#fit}, with one non-negative finite weight per row.
     */
    Model fit(Frame x, Column y, double[] sampleWeights);
}
