package dev.lathe.model.svm;

/**
 * What the SMO solver needs besides the problem.
 *
 * @param tol        the stopping tolerance on the largest violation
 * @param shrinking  whether to shrink
 * @param cacheBytes the kernel row cache budget
 * @param maxIter    the step limit, -1 for LIBSVM's own
 */
record SolverSettings(double tol, boolean shrinking, long cacheBytes, long maxIter) {

    /** Settings from the estimators' hyperparameters ({@code cache_size} in megabytes). */
    static SolverSettings of(double tol, boolean shrinking, double cacheSizeMb, int maxIter) {
        return new SolverSettings(tol, shrinking, (long) (cacheSizeMb * 1024 * 1024), maxIter);
    }

    /** Solves a nu problem over the given training rows from the feasible {@code start} (no shrinking). */
    Smo.Solution solveNu(double[][] rows, KernelFunction kernel, int[] base, int[] y, double[] p, double[] upper,
                         double[] start) {
        return Smo.solveNu(new KernelRows(rows, kernel, cacheBytes), base, y, p, upper, start, tol, maxIter);
    }

    /** Solves a problem over the given training rows. */
    Smo.Solution solve(double[][] rows, KernelFunction kernel, int[] base, int[] y, double[] p, double[] upper) {
        return Smo.solve(new KernelRows(rows, kernel, cacheBytes), base, y, p, upper, tol, shrinking, maxIter);
    }
}
