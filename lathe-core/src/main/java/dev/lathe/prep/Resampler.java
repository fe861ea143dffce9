package dev.lathe.prep;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;

/**
 * A step that changes which rows there are (outlier removal, over- and under-sampling, SMOTE). A pipeline
 * applies it to training rows while fitting, never at prediction time.
 */
public interface Resampler extends PrepStep {

    /**
     * The resampled training rows and their targets (same length).
     *
     * @param target the training target, or null for steps that do not need it
     */
    Resampled resample(Frame data, Column target);

    /** Rows after resampling and their target (null when none was given). */
    record Resampled(Frame data, Column target) {
    }
}
