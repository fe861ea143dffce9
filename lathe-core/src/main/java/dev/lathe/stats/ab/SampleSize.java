package dev.lathe.stats.ab;

/**
 * The sample size a design needs.
 *
 * @param exact  the real-valued size of the first group where power equals the target (as R's power functions
 *               report it)
 * @param first  the first group's size, {@code exact} rounded up
 * @param second the second group's size, {@code ratio * first} rounded up; 0 for a one-sample design
 */
public record SampleSize(double exact, long first, long second) {

    /** The sizes of both groups together. */
    public long total() {
        return first + second;
    }
}
