package dev.lathe.model.svm;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Locale;

/**
 * A kernel with its numbers resolved (gamma as a value, not {@code scale} or {@code auto}).
 *
 * @param kernel which kernel
 * @param gamma  the resolved gamma, greater than 0 (unused by the linear kernel)
 * @param degree the polynomial degree, at least 0 (used by poly only)
 * @param coef0  the constant term of poly and sigmoid
 */
public record KernelFunction(Kernel kernel, double gamma, int degree, double coef0) {

    /**
     * The kernel value of rows {@code a} and {@code b}, given their squared norms (used by RBF, which
     * computes {@code ||a - b||^2} as {@code |a|^2 + |b|^2 - 2 <a, b>}, as LIBSVM does).
     */
    public double value(double[] a, double normA, double[] b, double normB) {
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
        }
        return switch (kernel) {
            case LINEAR -> dot;
            case POLY -> power(gamma * dot + coef0, degree);
            case RBF -> Math.exp(-gamma * (normA + normB - 2 * dot));
            case SIGMOID -> Math.tanh(gamma * dot + coef0);
        };
    }

    /** The squared Euclidean norm of {@code row}. */
    public static double norm(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v * v;
        }
        return s;
    }

    private static double power(double base, int exponent) {
        double out = 1;
        double b = base;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                out *= b;
            }
            b *= b;
        }
        return out;
    }

    /** Writes the kernel's fields. */
    void save(StepWriter out) {
        out.put("kernel", kernel.name().toLowerCase(Locale.ROOT));
        out.put("gamma", gamma);
        out.put("degree", degree);
        out.put("coef0", coef0);
    }

    /** Reads what {@link #save} wrote. */
    static KernelFunction load(StepReader in) {
        String name = in.getString("kernel");
        Kernel kernel;
        try {
            kernel = Kernel.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw in.fail("has an unknown kernel '" + name + "'");
        }
        return new KernelFunction(kernel, in.getDouble("gamma"), in.getInt("degree"), in.getDouble("coef0"));
    }
}
