package dev.lathe.model.semisupervised;

/**
 * The iteration shared by label propagation and label spreading (Zhu and Ghahramani 2002; Zhou et al.
 * 2004), in scikit-learn's order: start from the one-hot labels; repeat {@code F <- W F} then, for
 * propagation, normalise rows and clamp labelled rows to their labels, or, for spreading,
 * {@code F <- alpha F + (1 - alpha) Y}; stop when the summed absolute change of F is below {@code tol} or
 * after {@code maxIter} iterations; finally normalise rows.
 */
final class Spreading {

    private Spreading() {
    }

    /** The label distributions and the iterations made. */
    record Result(double[][] distributions, int iterations) {
    }

    /**
     * @param alpha NaN for propagation (hard clamping), else the spreading factor in (0, 1)
     */
    static Result run(LabelGraph graph, PartialLabels labels, double alpha, int maxIter, double tol) {
        int n = labels.codes().length;
        int k = labels.classes().size();
        boolean propagation = Double.isNaN(alpha);
        double[][] f = new double[n][k];
        double[][] fixed = new double[n][k];
        for (int i = 0; i < n; i++) {
            int c = labels.codes()[i];
            if (c >= 0) {
                f[i][c] = 1;
                fixed[i][c] = propagation ? 1 : 1 - alpha;
            }
        }
        double[][] previous = new double[n][k];
        int iterations = 0;
        for (; iterations < maxIter; iterations++) {
            if (change(f, previous) < tol) {
                break;
            }
            previous = f;
            f = graph.times(f);
            for (int i = 0; i < n; i++) {
                if (propagation) {
                    if (labels.codes()[i] >= 0) {
                        f[i] = fixed[i].clone();
                    } else {
                        normalise(f[i]);
                    }
                } else {
                    for (int c = 0; c < k; c++) {
                        f[i][c] = alpha * f[i][c] + fixed[i][c];
                    }
                }
            }
        }
        for (double[] row : f) {
            normalise(row);
        }
        return new Result(f, iterations);
    }

    private static double change(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < a[i].length; c++) {
                s += Math.abs(a[i][c] - b[i][c]);
            }
        }
        return s;
    }

    /** Divides a row by its sum (a row summing to 0 stays 0). */
    static void normalise(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        if (s != 0) {
            for (int c = 0; c < row.length; c++) {
                row[c] /= s;
            }
        }
    }
}
