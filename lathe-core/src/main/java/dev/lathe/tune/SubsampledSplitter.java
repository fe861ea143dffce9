package dev.lathe.tune;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.Splitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The folds of another splitter with the training and test rows of each cut to a seeded random share
 * (scikit-learn's {@code _SubsampleMetaSplitter}, as its successive halving uses it with the number of rows as
 * the resource): each fold keeps {@code floor(fraction * size)} of its training rows and of its test rows.
 *
 * @param base     the splitter whose folds are cut
 * @param fraction share of rows kept, in (0, 1]
 * @param seed     seed of the draws
 */
record SubsampledSplitter(Splitter base, double fraction, long seed) implements Splitter {

    /** Validates the share. */
    SubsampledSplitter {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the share of rows kept must be in (0, 1], got " + fraction);
        }
    }

    @Override
    public List<Fold> split(Frame data, Column target) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Fold> out = new ArrayList<>();
        for (Fold f : base.split(data, target)) {
            out.add(new Fold(draw(f.train(), rng), draw(f.test(), rng)));
        }
        return out;
    }

    private int[] draw(int[] rows, SplittableRandom rng) {
        int[] copy = rows.clone();
        Shuffle.inPlace(copy, rng);
        int[] kept = Arrays.copyOf(copy, Math.max(1, (int) (fraction * rows.length)));
        Arrays.sort(kept);
        return kept;
    }
}
