package dev.lathe.model.linear;

import java.util.ArrayList;
import java.util.List;

/**
 * The monomials of a polynomial regression as exponent vectors (one exponent per feature), ordered as
 * scikit-learn's PolynomialFeatures orders them: by total degree, then lexicographically; named as it names
 * them ({@code a}, {@code a^2}, {@code a b}, {@code a^2 b}).
 */
final class PolynomialTerms {

    private PolynomialTerms() {
    }

    /** The terms of total degree 1 to {@code degree} over {@code features} variables. */
    static List<int[]> of(int features, int degree, PolynomialRegression.Terms kind) {
        List<int[]> out = new ArrayList<>();
        for (int d = 1; d <= degree; d++) {
            if (kind == PolynomialRegression.Terms.POWERS) {
                for (int j = 0; j < features; j++) {
                    int[] e = new int[features];
                    e[j] = d;
                    out.add(e);
                }
            } else {
                combine(new int[features], 0, d, kind == PolynomialRegression.Terms.FULL, out);
            }
        }
        return out;
    }

    /** Adds every way of spreading {@code left} more degrees over features {@code from..}, in lexicographic order. */
    private static void combine(int[] e, int from, int left, boolean repeat, List<int[]> out) {
        if (left == 0) {
            out.add(e.clone());
            return;
        }
        for (int j = from; j < e.length; j++) {
            e[j]++;
            combine(e, repeat ? j : j + 1, left - 1, repeat, out);
            e[j]--;
        }
    }

    /** The total degree of a term. */
    static int degree(int[] exponents) {
        int d = 0;
        for (int e : exponents) {
            d += e;
        }
        return d;
    }

    /** The term's name: features with their powers, separated by spaces. */
    static String name(int[] exponents, List<String> features) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < exponents.length; j++) {
            if (exponents[j] == 1) {
                parts.add(features.get(j));
            } else if (exponents[j] > 1) {
                parts.add(features.get(j) + "^" + exponents[j]);
            }
        }
        return String.join(" ", parts);
    }
}
