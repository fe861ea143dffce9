package dev.lathe.prep.split;

/**
 * One train/test division of a frame's rows, as row numbers. The two sets are disjoint.
 *
 * @param train rows to learn from
 * @param test  rows to evaluate on
 */
public record Fold(int[] train, int[] test) {
}
