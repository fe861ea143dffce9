package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;

/**
 * The target's classes and how many rows each should have after resampling, from a sampling_strategy ratio
 * as imbalanced-learn reads a float: over-sampling raises every other class to floor(ratio * majority
 * count), under-sampling lowers every other class to floor(minority count / ratio).
 */
final class SamplingStrategy {

    private SamplingStrategy() {
    }

    /** Fails unless {@code ratio} is in (0, 1]. */
    static double check(double ratio) {
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("sampling_strategy must be in (0, 1], the ratio of each class's rows to"
                    + " the largest class's after resampling, got " + ratio);
        }
        return ratio;
    }

    /**
     * The target's classes; fails when there is no target, when it does not match the data's rows, when a
     * label is missing, or when there is a single class.
     *
     * @param step the resampler's name for messages
     */
    static Targets.Encoded classes(String step, Frame data, Column target) {
        if (target == null) {
            throw new IllegalArgumentException(step + " needs the target to balance its classes");
        }
        if (target.size() != data.rowCount()) {
            throw new IllegalArgumentException("target '" + target.name() + "' has " + target.size()
                    + " rows, the data has " + data.rowCount());
        }
        Targets.Encoded classes = Targets.labels(target);
        if (classes.classes().size() < 2) {
            throw new IllegalArgumentException(step + " needs at least two classes to balance; target '"
                    + target.name() + "' has only " + classes.classes());
        }
        return classes;
    }

    /** Rows wanted per class when only adding rows; fails when a class already has more. */
    static int[] over(String step, Targets.Encoded classes, double ratio) {
        int[] counts = classes.counts();
        int majority = 0;
        for (int k = 1; k < counts.length; k++) {
            majority = counts[k] > counts[majority] ? k : majority;
        }
        int[] wanted = counts.clone();
        for (int k = 0; k < counts.length; k++) {
            if (k != majority) {
                wanted[k] = (int) (ratio * counts[majority]);
                if (wanted[k] < counts[k]) {
                    throw new IllegalArgumentException(step + ": sampling_strategy = " + ratio + " asks for " + wanted[k]
                            + " rows of class '" + classes.classes().get(k) + "', which already has " + counts[k]
                            + "; an over-sampler only adds rows, so raise sampling_strategy");
                }
            }
        }
        return wanted;
    }

    /** Rows wanted per class when only removing rows; fails when a class has fewer. */
    static int[] under(String step, Targets.Encoded classes, double ratio) {
        int[] counts = classes.counts();
        int minority = 0;
        for (int k = 1; k < counts.length; k++) {
            minority = counts[k] < counts[minority] ? k : minority;
        }
        int[] wanted = counts.clone();
        for (int k = 0; k < counts.length; k++) {
            if (k != minority) {
                wanted[k] = (int) (counts[minority] / ratio);
                if (wanted[k] > counts[k]) {
                    throw new IllegalArgumentException(step + ": sampling_strategy = " + ratio + " asks for " + wanted[k]
                            + " rows of class '" + classes.classes().get(k) + "', which has only " + counts[k]
                            + "; an under-sampler only removes rows, so raise sampling_strategy");
                }
            }
        }
        return wanted;
    }
}
