package dev.lathe.model.rl;

/**
 * LinUCB with disjoint linear models (Li, Chu, Langford and Schapire 2010, algorithm 1): each arm a keeps
 * {@code A_a = I + sum x x'} and {@code b_a = sum r x}; for context x it scores
 * {@code theta_a' x + alpha sqrt(x' A_a^-1 x)} with {@code theta_a = A_a^-1 b_a} and pulls the best
 * (lowest-numbered on ties). {@code A_a^-1} is kept up to date by the Sherman-Morrison formula.
 *
 * @param alpha width of the confidence bound, at least 0 (default 1)
 */
public record LinUcb(double alpha) {

    /** Checks the range. */
    public LinUcb {
        if (!(alpha >= 0 && Double.isFinite(alpha))) {
            throw new IllegalArgumentException("LinUCB alpha must be finite and at least 0, got " + alpha);
        }
    }

    /** alpha = 1. */
    public LinUcb() {
        this(1);
    }

    /**
     * A fresh learner.
     *
     * @param arms      at least 1
     * @param dimension context length, at least 1
     */
    public ContextualLearner start(int arms, int dimension) {
        if (arms < 1 || dimension < 1) {
            throw new IllegalArgumentException("LinUCB needs at least one arm and one context feature, got " + arms
                    + " arms and " + dimension + " features");
        }
        double[][][] inverse = new double[arms][dimension][dimension];
        double[][] b = new double[arms][dimension];
        for (double[][] m : inverse) {
            for (int i = 0; i < dimension; i++) {
                m[i][i] = 1;
            }
        }
        return new ContextualLearner() {
            private final double[] ax = new double[dimension];

            @Override
            public int choose(double[] x) {
                check(x);
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < arms; a++) {
                    times(inverse[a], x, ax);
                    double mean = dot(ax, b[a]);
                    double score = mean + alpha * Math.sqrt(Math.max(0, dot(x, ax)));
                    if (score > bestScore) {
                        bestScore = score;
                        best = a;
                    }
                }
                return best;
            }

            @Override
            public void update(double[] x, int arm, double reward) {
                check(x);
                if (arm < 0 || arm >= arms || !Double.isFinite(reward)) {
                    throw new IllegalArgumentException("LinUCB update needs an arm in 0.." + (arms - 1)
                            + " and a finite reward, got arm " + arm + " and reward " + reward);
                }
                double[][] m = inverse[arm];
                times(m, x, ax);
                double denominator = 1 + dot(x, ax);
                for (int i = 0; i < dimension; i++) {
                    for (int j = 0; j < dimension; j++) {
                        m[i][j] -= ax[i] * ax[j] / denominator;
                    }
                    b[arm][i] += reward * x[i];
                }
            }

            private void check(double[] x) {
                if (x.length != dimension) {
                    throw new IllegalArgumentException("context has " + x.length + " features; expected " + dimension);
                }
                for (int i = 0; i < dimension; i++) {
                    if (!Double.isFinite(x[i])) {
                        throw new IllegalArgumentException("context feature " + i + " is " + x[i]
                                + "; expected a finite number");
                    }
                }
            }
        };
    }

    private static void times(double[][] m, double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += m[i][j] * x[j];
            }
            out[i] = s;
        }
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
