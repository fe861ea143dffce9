package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import dev.lathe.model.Targets;
import dev.lathe.prep.Resampler;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Balances classes by keeping a random subset of the rows of the larger classes, as imbalanced-learn's
 * {@code RandomUnderSampler}. Kept rows stay in their original order (views of the data). Acts while
 * fitting only.
 *
 * @param samplingStrategy in (0, 1] (default 1): every class but the smallest shrinks to floor(rows of the
 *                         smallest class / sampling_strategy); 1 balances the classes
 * @param replacement      draw the kept rows with replacement, so a row may repeat (default false); classes
 *                         already at their wanted size keep all their rows either way
 * @param seed             random seed for the draws (default 0)
 */
public record RandomUnderSampler(double samplingStrategy, boolean replacement, long seed) implements Resampler {

    /** Validates the hyperparameters. */
    public RandomUnderSampler {
        SamplingStrategy.check(samplingStrategy);
    }

    /** Balances the classes without replacement, seed 0. */
    public RandomUnderSampler() {
        this(1, false, 0);
    }

    /** The kept rows; the target (at least two classes, none missing) is required. */
    @Override
    public Resampled resample(Frame data, Column target) {
        Targets.Encoded classes = SamplingStrategy.classes("random_under_sampler", data, target);
        int[] counts = classes.counts();
        int[] wanted = SamplingStrategy.under("random_under_sampler", classes, samplingStrategy);
        int[][] members = classes.members();
        int[] rows = new int[Arrays.stream(wanted).sum()];
        int p = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < counts.length; k++) {
            int[] from = members[k];
            if (wanted[k] == counts[k]) {
                System.arraycopy(from, 0, rows, p, from.length);
            } else if (replacement) {
                for (int r = 0; r < wanted[k]; r++) {
                    rows[p + r] = from[random.nextInt(from.length)];
                }
            } else {
                int[] shuffled = from.clone();
                Shuffle.inPlace(shuffled, random);
                System.arraycopy(shuffled, 0, rows, p, wanted[k]);
            }
            p += wanted[k];
        }
        Arrays.sort(rows);
        return new Resampled(data.take(rows), target.take(rows));
    }
}
