package dev.lathe.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The values one hyperparameter of a {@link SearchSpace} may take: a list of choices (numbers or
 * categories), a uniform or log-uniform range of reals, or a range of whole numbers. Each can be sampled
 * (random search) and cut into grid points (grid search).
 */
public sealed interface Distribution {

    /** One value drawn with {@code rng}. */
    Object sample(SplittableRandom rng);

    /**
     * The values a grid search tries: every choice; for a range, {@code points} values spread evenly from
     * low to high (geometrically for log-uniform; for whole numbers every one when there are at most
     * {@code points}, else {@code points} rounded values).
     *
     * @param points values per range, at least 2
     */
    List<Object> grid(int points);

    /**
     * A list of values tried as they are, for numbers and categories alike.
     *
     * @param values the choices, at least one, none null
     */
    record Choice(List<Object> values) implements Distribution {

        /** Validates and copies the values. */
        public Choice {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("the list of choices is empty");
            }
            values = List.copyOf(values); // rejects null values
        }

        @Override
        public Object sample(SplittableRandom rng) {
            return values.get(rng.nextInt(values.size()));
        }

        @Override
        public List<Object> grid(int points) {
            return values;
        }
    }

    /**
     * Reals drawn uniformly from [low, high].
     *
     * @param low  the smallest value, finite
     * @param high the largest value, finite and above {@code low}
     */
    record Uniform(double low, double high) implements Distribution {

        /** Validates the range. */
        public Uniform {
            checkRange(low, high);
        }

        @Override
        public Object sample(SplittableRandom rng) {
            return low + (high - low) * rng.nextDouble();
        }

        @Override
        public List<Object> grid(int points) {
            return spread(points, k -> low + (high - low) * k / (points - 1));
        }
    }

    /**
     * Reals whose logarithm is uniform on [log low, log high], for scales such as a penalty strength.
     *
     * @param low  the smallest value, finite and above 0
     * @param high the largest value, finite and above {@code low}
     */
    record LogUniform(double low, double high) implements Distribution {

        /** Validates the range. */
        public LogUniform {
            checkRange(low, high);
            if (!(low > 0)) {
                throw new IllegalArgumentException("a log-uniform range needs low above 0, got " + low);
            }
        }

        @Override
        public Object sample(SplittableRandom rng) {
            return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * rng.nextDouble());
        }

        @Override
        public List<Object> grid(int points) {
            return spread(points, k -> k == points - 1 ? high : low * Math.pow(high / low, (double) k / (points - 1)));
        }
    }

    /**
     * Whole numbers drawn uniformly from [low, high], both included.
     *
     * @param low  the smallest value
     * @param high the largest value, at least {@code low}
     */
    record IntRange(int low, int high) implements Distribution {

        /** Validates the range. */
        public IntRange {
            if (low > high) {
                throw new IllegalArgumentException("the range [" + low + ", " + high + "] is empty: low is above high");
            }
        }

        @Override
        public Object sample(SplittableRandom rng) {
            return rng.nextInt(low, high + 1);
        }

        @Override
        public List<Object> grid(int points) {
            long count = (long) high - low + 1;
            if (count <= points) {
                return spread((int) count, k -> low + k);
            }
            return spread(points, k -> (int) Math.round(low + ((double) high - low) * k / (points - 1)));
        }
    }

    private static void checkRange(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("the range [" + low + ", " + high + "] must have finite ends");
        }
        if (!(low < high)) {
            throw new IllegalArgumentException("the range [" + low + ", " + high + "] is empty: low must be below high");
        }
    }

    private static List<Object> spread(int points, java.util.function.IntFunction<Object> value) {
        List<Object> out = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            out.add(value.apply(k));
        }
        return List.copyOf(out);
    }
}
