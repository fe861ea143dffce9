package dev.lathe.model.svm;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Saving and loading a list of {@link Expansion}s as flat arrays. */
final class Expansions {

    private Expansions() {
    }

    /** Writes the sizes, the concatenated vector indices and coefficients, and the intercepts. */
    static void save(StepWriter out, List<Expansion> expansions) {
        int[] sizes = new int[expansions.size()];
        double[] intercepts = new double[sizes.length];
        int total = 0;
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = expansions.get(c).vectors().length;
            intercepts[c] = expansions.get(c).intercept();
            total += sizes[c];
        }
        int[] vectors = new int[total];
        double[] coef = new double[total];
        int at = 0;
        for (Expansion e : expansions) {
            System.arraycopy(e.vectors(), 0, vectors, at, e.vectors().length);
            System.arraycopy(e.coef(), 0, coef, at, e.coef().length);
            at += e.vectors().length;
        }
        out.ints("expansion_sizes", sizes);
        out.ints("expansion_vectors", vectors);
        out.doubles("expansion_coef", coef);
        out.doubles("intercepts", intercepts);
    }

    /** Reads what {@link #save} wrote; every vector index must be below {@code vectorCount}. */
    static List<Expansion> load(StepReader in, int vectorCount) {
        int[] sizes = in.ints("expansion_sizes");
        int[] vectors = in.ints("expansion_vectors");
        double[] coef = in.doubles("expansion_coef", vectors.length);
        double[] intercepts = in.doubles("intercepts", sizes.length);
        List<Expansion> out = new ArrayList<>();
        int at = 0;
        for (int c = 0; c < sizes.length; c++) {
            if (sizes[c] < 0 || at + sizes[c] > vectors.length) {
                throw in.fail("has expansion sizes that do not match its " + vectors.length + " entries");
            }
            int[] v = Arrays.copyOfRange(vectors, at, at + sizes[c]);
            for (int s : v) {
                if (s < 0 || s >= vectorCount) {
                    throw in.fail("refers to support vector " + s + " of " + vectorCount);
                }
            }
            out.add(new Expansion(v, Arrays.copyOfRange(coef, at, at + sizes[c]), intercepts[c]));
            at += sizes[c];
        }
        if (at != vectors.length) {
            throw in.fail("has " + (vectors.length - at) + " expansion entries beyond its sizes");
        }
        return out;
    }
}
