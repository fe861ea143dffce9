package dev.lathe.model.svm;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.SampleWeights;
import dev.lathe.param.Check;
import java.util.List;
import java.util.Locale;

/** Checks and conversions shared by the SVM estimators and models. */
final class SvmInputs {

    private SvmInputs() {
    }

    /**
     * Checks the kernel and solver settings every kernel SVM shares: {@code degree} at least 0, {@code coef0}
     * finite, {@code tol} and {@code cache_size} above 0, {@code max_iter} at least 1 or -1 for no limit.
     */
    static void checkKernelSolver(int degree, double coef0, double tol, double cacheSize, int maxIter) {
        Check.atLeast("degree", degree, 0);
        checkFinite("coef0", coef0);
        Check.positive("tol", tol);
        Check.positive("cache_size", cacheSize);
        if (maxIter != -1) {
            Check.atLeast("max_iter", maxIter, 1);
        }
    }

    /** Checks a nu setting: in (0, 1]. */
    static void checkNu(double nu) {
        if (!(nu > 0 && nu <= 1)) {
            throw new IllegalArgumentException("nu must be in (0, 1], got " + nu);
        }
    }

    /**
     * Checks a {@code gamma} setting: {@code scale}, {@code auto} or a finite number greater than 0.
     *
     * @return the setting, lower-cased when a keyword
     */
    static String checkGamma(String gamma) {
        if (gamma == null) {
            throw new IllegalArgumentException("gamma must be scale, auto or a number greater than 0, got nothing");
        }
        String g = gamma.trim().toLowerCase(Locale.ROOT);
        if (g.equals("scale") || g.equals("auto")) {
            return g;
        }
        double v;
        try {
            v = Double.parseDouble(g);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("gamma must be scale, auto or a finite number greater than 0, got "
                    + gamma);
        }
        return gamma.trim();
    }

    /**
     * The value of a checked {@code gamma} setting for column-major training {@code columns}: {@code scale} is
     * {@code 1 / (features * variance of all values)} (1 when that variance is 0), {@code auto} is
     * {@code 1 / features}, as scikit-learn defines them.
     */
    static double gamma(String gamma, double[][] columns) {
        int p = columns.length;
        if (gamma.equals("auto")) {
            return 1.0 / p;
        }
        if (!gamma.equals("scale")) {
            return Double.parseDouble(gamma);
        }
        double sum = 0;
        long count = 0;
        for (double[] c : columns) {
            for (double v : c) {
                sum += v;
                count++;
            }
        }
        double mean = sum / count;
        double squares = 0;
        for (double[] c : columns) {
            for (double v : c) {
                squares += (v - mean) * (v - mean);
            }
        }
        double variance = squares / count;
        return variance > 0 ? 1.0 / (p * variance) : 1.0;
    }

    /** Fails unless {@code value} is finite, naming the hyperparameter. */
    static void checkFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }

    /** Column-major to row-major. */
    static double[][] rows(double[][] columns) {
        int n = columns[0].length;
        double[][] out = new double[n][columns.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < n; i++) {
                out[i][j] = columns[j][i];
            }
        }
        return out;
    }

    /** The rows of {@code x}'s columns named {@code features} (a clear error names a missing one). */
    static double[][] queryRows(Frame x, List<String> features) {
        return rows(queryColumns(x, features));
    }

    /** {@code x}'s columns named {@code features}, column-major (a clear error names a missing one). */
    static double[][] queryColumns(Frame x, List<String> features) {
        for (String f : features) {
            if (!x.names().contains(f)) {
                throw new IllegalArgumentException("the model was fitted on " + features.size() + " features "
                        + features + "; the data has no column '" + f + "' (its columns: " + x.names() + ")");
            }
        }
        return Features.matrix(x.select(features));
    }

    /** Per-row weights: ones, or the checked sample weights. */
    static double[] weights(double[] sampleWeights, int n) {
        if (sampleWeights == null) {
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        return SampleWeights.check(sampleWeights, n);
    }

    /** Fails unless the target has one value per feature row. */
    static void sameRows(Frame x, int targetRows, String target) {
        if (targetRows != x.rowCount()) {
            throw new IllegalArgumentException("target '" + target + "' has " + targetRows + " rows, the features "
                    + x.rowCount());
        }
    }
}
