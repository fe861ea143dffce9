package dev.lathe.stats.test;

import dev.lathe.math.Moments;
import dev.lathe.math.ShortestDecimal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The samples of a k-group test, checked once: at least two groups, each with at least the number of
 * observations the test needs, every value finite. Also holds each group's moments computed on deviations
 * from one decimal center (the first value taken as the decimal it was read from, see
 * {@link ShortestDecimal#deviations}), so that data with a large common offset (NIST's SmLs07-09, values near
 * 1e12 with one decimal) keeps every digit of its spread; sums of squares are invariant to that shift.
 */
final class Groups {

    private final String test;
    private final List<String> names;
    private final double[][] values;
    private final double[][] centered;
    private final Moments[] moments;

    private Groups(String test, List<String> names, double[][] values, boolean decimal) {
        this.test = test;
        this.names = names;
        this.values = values;
        // any data value will do: deviations are then bounded by the data's range, however large its offset
        BigDecimal center = decimal ? ShortestDecimal.of(values[0][0]) : null;
        this.centered = new double[values.length][];
        this.moments = new Moments[values.length];
        for (int g = 0; g < values.length; g++) {
            centered[g] = decimal ? ShortestDecimal.deviations(values[g], center) : values[g];
            moments[g] = Moments.of(centered[g]);
        }
    }

    /**
     * Checks the groups of {@code test}.
     *
     * @param test     the test's name, for messages
     * @param names    the groups' names, or null for "1", "2", ...
     * @param values   one array per group; not changed
     * @param minEach  the fewest observations a group may have
     * @throws IllegalArgumentException for fewer than two groups, a group that is too small, a value that is
     *                                  NaN or infinite, or names that do not match the groups
     */
    static Groups of(String test, List<String> names, double[][] values, int minEach) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException(test + " needs at least two groups, got "
                    + (values == null ? 0 : values.length));
        }
        if (names != null && names.size() != values.length) {
            throw new IllegalArgumentException(test + ": " + names.size() + " group names for " + values.length + " groups");
        }
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < values.length; g++) {
            labels.add(names == null ? Integer.toString(g + 1) : names.get(g));
        }
        for (int g = 0; g < values.length; g++) {
            if (values[g].length < minEach) {
                throw new IllegalArgumentException(test + ": group '" + labels.get(g) + "' has " + values[g].length
                        + " observation" + (values[g].length == 1 ? "" : "s") + ", expected at least " + minEach);
            }
            for (int i = 0; i < values[g].length; i++) {
                if (!Double.isFinite(values[g][i])) {
                    throw new IllegalArgumentException(test + ": group '" + labels.get(g) + "' observation " + (i + 1)
                            + " is " + values[g][i] + ", expected a finite number");
                }
            }
        }
        return new Groups(test, List.copyOf(labels), values, true);
    }

    /**
     * Groups of values computed by a test from checked groups (such as Levene's absolute deviations): the
     * same names, no decimal centring (the values were not read from text), at least two values each.
     */
    static Groups derived(Groups source, double[][] values) {
        return new Groups(source.test, source.names, values, false);
    }

    String test() {
        return test;
    }

    int count() {
        return values.length;
    }

    String name(int g) {
        return names.get(g);
    }

    List<String> names() {
        return names;
    }

    double[] values(int g) {
        return values[g];
    }

    int size(int g) {
        return values[g].length;
    }

    int total() {
        int n = 0;
        for (double[] v : values) {
            n += v.length;
        }
        return n;
    }

    /** The group's values minus the common decimal center. */
    double[] centered(int g) {
        return centered[g];
    }

    /** The group's mean minus the common decimal center (the difference of two means is exact to rounding). */
    double centeredMean(int g) {
        return moments[g].mean();
    }

    /** The group's sample variance (divisor n - 1). */
    double variance(int g) {
        return moments[g].variance();
    }
}
