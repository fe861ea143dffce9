package dev.lathe.model.svm;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;

/**
 * The support vectors of a fitted kernel machine with its kernel: what is needed to compute kernel values
 * of new rows against them.
 *
 * @param kernel the kernel, gamma resolved
 * @param rows   for each support vector, its training row number (0-based)
 * @param values the support vectors, row-major ({@code values[s][feature]})
 */
public record SupportVectors(KernelFunction kernel, int[] rows, double[][] values) {

    public SupportVectors {
        rows = rows.clone();
        values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        if (rows.length != values.length) {
            throw new IllegalArgumentException(rows.length + " row numbers for " + values.length + " support vectors");
        }
    }

    /** The training row numbers of the support vectors (a copy). */
    @Override
    public int[] rows() {
        return rows.clone();
    }

    /** The number of support vectors. */
    public int count() {
        return rows.length;
    }

    /** {@code result[q][s] = K(query[q], values[s])} for row-major {@code query}. */
    double[][] kernelValues(double[][] query) {
        double[] norms = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            norms[s] = KernelFunction.norm(values[s]);
        }
        double[][] out = new double[query.length][values.length];
        dev.lathe.parallel.Chunks.run((query.length + 255) / 256, c -> {
            for (int q = c * 256; q < Math.min(query.length, (c + 1) * 256); q++) {
                double nq = KernelFunction.norm(query[q]);
                for (int s = 0; s < values.length; s++) {
                    out[q][s] = kernel.value(query[q], nq, values[s], norms[s]);
                }
            }
        });
        return out;
    }

    /** Writes the kernel, the row numbers and the vectors (flattened row by row). */
    void save(StepWriter out, int features) {
        kernel.save(out);
        out.ints("support_rows", rows);
        double[] flat = new double[rows.length * features];
        for (int s = 0; s < rows.length; s++) {
            System.arraycopy(values[s], 0, flat, s * features, features);
        }
        out.doubles("support_vectors", flat);
    }

    /** Reads what {@link #save} wrote, for {@code features} features. */
    static SupportVectors load(StepReader in, int features) {
        int[] rows = in.ints("support_rows");
        double[] flat = in.doubles("support_vectors", rows.length * features);
        double[][] values = new double[rows.length][];
        for (int s = 0; s < rows.length; s++) {
            values[s] = Arrays.copyOfRange(flat, s * features, (s + 1) * features);
        }
        return new SupportVectors(KernelFunction.load(in), rows, values);
    }
}
