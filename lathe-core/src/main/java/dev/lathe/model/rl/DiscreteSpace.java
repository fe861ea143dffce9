package dev.lathe.model.rl;

/**
 * A finite set of observations or actions, numbered {@code 0 .. size - 1}.
 *
 * @param size how many there are, at least 1
 */
public record DiscreteSpace(int size) {

    /** Checks that the space is not empty. */
    public DiscreteSpace {
        if (size < 1) {
            throw new IllegalArgumentException("a discrete space needs at least one element, got size " + size);
        }
    }

    /** Whether {@code value} belongs to the space. */
    public boolean contains(int value) {
        return value >= 0 && value < size;
    }

    /** {@code value} itself when it belongs to the space; a clear error naming {@code what} otherwise. */
    public int check(String what, int value) {
        if (!contains(value)) {
            throw new IllegalArgumentException(what + " " + value + " is outside 0.." + (size - 1));
        }
        return value;
    }
}
