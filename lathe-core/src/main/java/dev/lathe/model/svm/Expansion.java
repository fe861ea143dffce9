package dev.lathe.model.svm;

/**
 * One kernel decision function over (some of) a model's support vectors:
 * {@code f(x) = sum_s coef[s] K(x, sv[vectors[s]]) + intercept}.
 *
 * @param vectors   indices into the model's {@link SupportVectors}
 * @param coef      the dual coefficients {@code y_s alpha_s} (for regression {@code alpha_s - alpha*_s})
 * @param intercept the constant term ({@code -rho} in LIBSVM's terms)
 */
public record Expansion(int[] vectors, double[] coef, double intercept) {

    public Expansion {
        vectors = vectors.clone();
        coef = coef.clone();
        if (vectors.length != coef.length) {
            throw new IllegalArgumentException(vectors.length + " vectors for " + coef.length + " coefficients");
        }
    }

    /** The support vector indices (a copy). */
    @Override
    public int[] vectors() {
        return vectors.clone();
    }

    /** The dual coefficients (a copy). */
    @Override
    public double[] coef() {
        return coef.clone();
    }

    /** {@code f} at a row whose kernel values against every support vector are {@code k}. */
    double value(double[] k) {
        double f = intercept;
        for (int s = 0; s < vectors.length; s++) {
            f += coef[s] * k[vectors[s]];
        }
        return f;
    }
}
