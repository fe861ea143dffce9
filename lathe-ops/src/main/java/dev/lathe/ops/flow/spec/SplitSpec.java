package dev.lathe.ops.flow.spec;

/**
 * The {@code split} section: how the held-out test rows are chosen when {@code data.test} is not given.
 *
 * @param method   {@code auto} (default: stratified for classification, random for regression, time order when
 *                 {@code data.time} is given), {@code random}, {@code stratified} or {@code time} (the newest
 *                 rows by {@code data.time} are the test rows)
 * @param testSize share of rows held out, in (0, 1) (default 0.2)
 */
public record SplitSpec(String method, double testSize) {
}
