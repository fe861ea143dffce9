package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.prep.Resampler;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Balances classes by repeating rows of the smaller classes, drawn at random with replacement, as
 * imbalanced-learn's {@code RandomOverSampler}. The result is every original row followed by the repeated
 * ones (views of the same rows, class by class). Acts while fitting only.
 *
 * @param samplingStrategy in (0, 1] (default 1): every class but the largest grows to floor(sampling_strategy
 *                         * rows of the largest class); 1 balances the classes
 * @param seed             random seed for the draws (default 0)
 */
public record RandomOverSampler(double samplingStrategy, long seed) implements Resampler {

    /** Validates the hyperparameters. */
    public RandomOverSampler {
        SamplingStrategy.check(samplingStrategy);
    }

    /** Balances the classes, seed 0. */
    public RandomOverSampler() {
        this(1, 0);
    }

    /** The rows with added repeats; the target (at least two classes, none missing) is required. */
    @Override
    public Resampled resample(Frame data, Column target) {
        Targets.Encoded classes = SamplingStrategy.classes("random_over_sampler", data, target);
        int[] counts = classes.counts();
        int[] wanted = SamplingStrategy.over("random_over_sampler", classes, samplingStrategy);
        int[][] members = classes.members();
        int[] rows = new int[Arrays.stream(wanted).sum()];
        Arrays.setAll(rows, i -> i);
        int p = data.rowCount();
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < counts.length; k++) {
            for (int extra = counts[k]; extra < wanted[k]; extra++) {
                rows[p++] = members[k][random.nextInt(counts[k])];
            }
        }
        return new Resampled(data.take(rows), target.take(rows));
    }
}
