package dev.lathe.prep.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The terms of a polynomial in scikit-learn's PolynomialFeatures order. A term is the sorted list of the
 * indices of its factors ({@code [0, 0, 1]} is a^2 b); the empty term is the bias. Terms come by degree,
 * and within a degree in lexicographic order of their indices (itertools' combinations with replacement,
 * or combinations without replacement for interaction-only terms).
 */
final class Monomials {

    private Monomials() {
    }

    /** Every term of degree 1 to {@code degree} over {@code features} factors, the bias first when asked. */
    static List<int[]> terms(int features, int degree, boolean interactionOnly, boolean includeBias) {
        List<int[]> out = new ArrayList<>();
        if (includeBias) {
            out.add(new int[0]);
        }
        for (int d = 1; d <= degree; d++) {
            collect(new int[d], 0, 0, features, interactionOnly, out);
        }
        return out;
    }

    private static void collect(int[] term, int filled, int from, int features, boolean distinct, List<int[]> out) {
        if (filled == term.length) {
            out.add(term.clone());
            return;
        }
        for (int i = from; i < features; i++) {
            term[filled] = i;
            collect(term, filled + 1, distinct ? i + 1 : i, features, distinct, out);
        }
    }

    /**
     * How many terms {@link #terms} gives, counting no further than past {@code limit} (the result is then
     * some number above it), in at most about {@code limit} steps.
     */
    static long count(int features, int degree, boolean interactionOnly, boolean includeBias, long limit) {
        long total = includeBias ? 1 : 0;
        // terms of degree d: combinations of d among n, without or with repetition; each from the one before
        long ofDegree = 1;
        for (int d = 1; d <= degree && total <= limit; d++) {
            int n = interactionOnly ? features - d + 1 : features + d - 1;
            if (n <= 0) {
                break;
            }
            ofDegree = ofDegree * n / d;
            total += ofDegree;
        }
        return total;
    }

    /**
     * scikit-learn's name of a term: factors separated by a space, a repeated factor written once with its
     * power ({@code a^2 b}), the bias {@code 1}.
     */
    static String name(int[] term, List<String> columns) {
        if (term.length == 0) {
            return "1";
        }
        StringJoiner name = new StringJoiner(" ");
        int k = 0;
        while (k < term.length) {
            int power = 1;
            while (k + power < term.length && term[k + power] == term[k]) {
                power++;
            }
            name.add(power == 1 ? columns.get(term[k]) : columns.get(term[k]) + "^" + power);
            k += power;
        }
        return name.toString();
    }
}
