package dev.lathe.model.linear;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a polynomial regression: the terms of total degree 1 to {@code degree} over the named
 * features, either raw monomials or, when {@code orthogonal} is non-empty, products of each feature's
 * {@link OrthogonalPolynomial}s (the same column space, better conditioned).
 *
 * @param features   the feature names
 * @param terms      which monomials
 * @param degree     the highest total degree, at least 1
 * @param orthogonal one orthogonal family per feature, or empty for raw powers
 * @param maxPowers  per feature, the highest power that adds information: a feature with m distinct training
 *                   values is spanned by its powers 0..m-1, so higher ones (x^2 of a 0/1 column) are left out
 *                   instead of making the design singular
 */
public record PolynomialBasis(List<String> features, PolynomialRegression.Terms terms, int degree,
                              List<OrthogonalPolynomial> orthogonal, List<Integer> maxPowers) {

    public PolynomialBasis {
        features = List.copyOf(features);
        orthogonal = List.copyOf(orthogonal);
        maxPowers = List.copyOf(maxPowers);
        if (maxPowers.size() != features.size()) {
            throw new IllegalArgumentException(maxPowers.size() + " power limits for " + features.size() + " features");
        }
        if (!orthogonal.isEmpty() && orthogonal.size() != features.size()) {
            throw new IllegalArgumentException(orthogonal.size() + " orthogonal families for " + features.size()
                    + " features");
        }
    }

    /**
     * The columns as a design: {@code high} the values; {@code low} the rounding errors of raw monomials (which
     * are evaluated in double-double arithmetic), or null for orthogonal columns.
     */
    record Design(List<String> names, double[][] high, double[][] low) {

        /** The first {@code count} columns. */
        Design prefix(int count) {
            return new Design(names.subList(0, count), Arrays.copyOf(high, count),
                    low == null ? null : Arrays.copyOf(low, count));
        }
    }

    /** The basis of the given terms up to {@code degree}, orthogonal families learned from column-major {@code x}. */
    static PolynomialBasis fit(List<String> features, double[][] x, PolynomialRegression.Terms terms, int degree,
                               boolean orthogonal) {
        List<Integer> maxPowers = new ArrayList<>();
        for (double[] column : x) {
            maxPowers.add(Math.max(1, Math.min(degree, distinct(column, degree + 1) - 1)));
        }
        List<OrthogonalPolynomial> families = new ArrayList<>();
        if (orthogonal) {
            int highestPower = terms == PolynomialRegression.Terms.INTERACTION_ONLY ? 1 : degree;
            for (int j = 0; j < x.length; j++) {
                families.add(OrthogonalPolynomial.fit(features.get(j), x[j], Math.min(highestPower, maxPowers.get(j))));
            }
        }
        return new PolynomialBasis(features, terms, degree, families, maxPowers);
    }

    /** Number of distinct values of {@code v}, counted up to {@code cap}. */
    private static int distinct(double[] v, int cap) {
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (double x : v) {
            if (seen.add(x) && seen.size() >= cap) {
                return cap;
            }
        }
        return seen.size();
    }

    /** The exponent vectors of the columns, lowest total degree first. */
    List<int[]> exponents() {
        return PolynomialTerms.of(features.size(), degree, terms).stream().filter(this::informative).toList();
    }

    private boolean informative(int[] exponents) {
        for (int j = 0; j < exponents.length; j++) {
            if (exponents[j] > maxPowers.get(j)) {
                return false;
            }
        }
        return true;
    }

    /** The column names, as scikit-learn's PolynomialFeatures names them ({@code a}, {@code a^2}, {@code a b}). */
    public List<String> termNames() {
        return exponents().stream().map(e -> PolynomialTerms.name(e, features)).toList();
    }

    /** The same basis up to total degree {@code d} (its columns are a prefix of this one's). */
    PolynomialBasis truncate(int d) {
        int highestPower = terms == PolynomialRegression.Terms.INTERACTION_ONLY ? 1 : d;
        return new PolynomialBasis(features, terms, d,
                orthogonal.stream().map(f -> f.truncate(Math.min(highestPower, f.degree()))).toList(), maxPowers);
    }

    /** The design for column-major feature values {@code x} in {@link #features()} order. */
    Design design(double[][] x) {
        List<int[]> exponents = exponents();
        int n = x[0].length;
        double[][] high = new double[exponents.size()][n];
        if (orthogonal.isEmpty()) {
            double[][] low = new double[exponents.size()][n];
            for (int t = 0; t < exponents.size(); t++) {
                for (int i = 0; i < n; i++) {
                    monomial(x, exponents.get(t), i, high[t], low[t]);
                }
            }
            return new Design(termNames(), high, low);
        }
        double[][][] families = new double[x.length][][];
        for (int j = 0; j < x.length; j++) {
            families[j] = orthogonal.get(j).evaluate(x[j]);
        }
        for (int t = 0; t < exponents.size(); t++) {
            int[] e = exponents.get(t);
            Arrays.fill(high[t], 1);
            for (int j = 0; j < e.length; j++) {
                if (e[j] > 0) {
                    double[] values = families[j][e[j] - 1];
                    for (int i = 0; i < n; i++) {
                        high[t][i] *= values[i];
                    }
                }
            }
        }
        return new Design(termNames(), high, null);
    }

    /** prod_j x[j][i]^e[j] as an unevaluated sum high + low (products with exact error terms, via FMA). */
    private static void monomial(double[][] x, int[] e, int i, double[] high, double[] low) {
        double h = 1;
        double l = 0;
        for (int j = 0; j < e.length; j++) {
            double v = x[j][i];
            for (int k = 0; k < e[j]; k++) {
                double ph = h * v;
                double pl = Math.fma(h, v, -ph) + l * v;
                h = ph + pl;
                l = pl - (h - ph);
            }
        }
        high[i] = h;
        low[i] = l;
    }

    /** Writes the basis into a model step. */
    void save(StepWriter out) {
        out.put("features", features);
        out.put("terms", terms.name().toLowerCase(Locale.ROOT));
        out.put("degree", degree);
        out.put("orthogonal", !orthogonal.isEmpty());
        out.ints("max_powers", maxPowers.stream().mapToInt(Integer::intValue).toArray());
        for (int j = 0; j < orthogonal.size(); j++) {
            out.doubles("alpha" + j, orthogonal.get(j).alpha());
            out.doubles("norm2_" + j, orthogonal.get(j).norm2());
        }
    }

    /** Reads what {@link #save} wrote. */
    static PolynomialBasis load(StepReader in) {
        List<String> features = in.getStrings("features");
        List<OrthogonalPolynomial> families = new ArrayList<>();
        if (in.getBoolean("orthogonal")) {
            for (int j = 0; j < features.size(); j++) {
                families.add(new OrthogonalPolynomial(in.doubles("alpha" + j), in.doubles("norm2_" + j)));
            }
        }
        List<Integer> maxPowers = java.util.Arrays.stream(in.ints("max_powers")).boxed().toList();
        return new PolynomialBasis(features, PolynomialRegression.Terms.valueOf(
                in.getString("terms").toUpperCase(Locale.ROOT)), in.getInt("degree"), families, maxPowers);
    }
}
