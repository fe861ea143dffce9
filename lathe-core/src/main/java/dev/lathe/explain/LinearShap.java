package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.Model;
import dev.lathe.model.linear.LinearExplainable;
import dev.lathe.model.linear.LinearTerms;
import java.util.List;

/**
 * Exact SHAP values of linear and logistic models (on the log-odds), from their coefficients and the mean
 * (and covariance) of background data. With {@link Dependence#INDEPENDENT} features, the value of feature j is
 * {@code coef[j] * (x[j] - mean[j])} (the interventional game, Lundberg and Lee 2017). With
 * {@link Dependence#CORRELATED} features, an absent feature is replaced by its conditional expectation given
 * the present ones under a Gaussian with the background's mean and covariance; the values are then
 * {@code T (x - mean)} for a matrix T computed once (see {@link CorrelatedTransform}), exactly for up to
 * {@value CorrelatedTransform#EXACT_FEATURES} features and from sampled permutations beyond.
 */
public final class LinearShap {

    /** How absent features are filled in. */
    public enum Dependence {
        /** By the background mean, whatever the present features are. */
        INDEPENDENT,
        /** By their Gaussian conditional expectation given the present features. */
        CORRELATED
    }

    private final LinearExplainable model;
    private final LinearTerms terms;
    private final double[] mean;
    private final double[][][] transform;

    private LinearShap(LinearExplainable model, Background background, Dependence dependence, int permutations,
                       long seed) {
        this.model = model;
        this.terms = model.linearTerms();
        double[][] b = Features.matrix(background.rows().select(terms.features()));
        double[] w = background.weights();
        int p = b.length;
        mean = new double[p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < w.length; i++) {
                mean[j] += w[i] * b[j][i];
            }
        }
        double[][] coef = terms.coef();
        transform = new double[coef.length][][];
        if (dependence == Dependence.CORRELATED) {
            double[][] cov = new double[p][p];
            for (int a = 0; a < p; a++) {
                for (int c = 0; c <= a; c++) {
                    double s = 0;
                    for (int i = 0; i < w.length; i++) {
                        s += w[i] * (b[a][i] - mean[a]) * (b[c][i] - mean[c]);
                    }
                    cov[a][c] = s;
                    cov[c][a] = s;
                }
            }
            for (int k = 0; k < coef.length; k++) {
                transform[k] = CorrelatedTransform.of(coef[k], cov, permutations, seed);
            }
        }
    }

    /**
     * The explainer of {@code model} with independent features; {@code background} gives the feature means.
     * A model that is not linear (does not implement {@link LinearExplainable}) is refused.
     */
    public static LinearShap of(Model model, Background background) {
        return of(model, background, Dependence.INDEPENDENT, 0, 0);
    }

    /**
     * The explainer of {@code model}.
     *
     * @param background   data whose mean (and covariance) fill in absent features
     * @param dependence   independent (default) or correlated features
     * @param permutations with correlated features and more than {@value CorrelatedTransform#EXACT_FEATURES}
     *                     features, the number of antithetic permutation pairs sampled (e.g. 500)
     * @param seed         seed of the permutation draws
     */
    public static LinearShap of(Model model, Background background, Dependence dependence, int permutations,
                                long seed) {
        if (!(model instanceof LinearExplainable linear)) {
            throw new IllegalArgumentException("Linear SHAP needs a linear or logistic model; '"
                    + (model == null ? "null" : model.stepType()) + "' is not one: explain it with TreeSHAP (trees) "
                    + "or Kernel SHAP");
        }
        if (background == null) {
            throw new IllegalArgumentException("no background data: Linear SHAP needs data for the feature means");
        }
        return new LinearShap(linear, background, dependence, permutations, seed);
    }

    /** The explained features, in value order. */
    public List<String> features() {
        return terms.features();
    }

    /** SHAP values of every row of {@code x} (which holds at least the model's features). */
    public Explanation explain(Frame x) {
        double[][] columns = Features.matrix(x.select(terms.features()));
        double[][] coef = terms.coef();
        double[] intercept = terms.intercept();
        int n = x.rowCount();
        int p = mean.length;
        int outputs = coef.length;
        double[][][] values = new double[outputs][n][p];
        double[][] predictions = new double[outputs][n];
        double[] expected = new double[outputs];
        double[] d = new double[p];
        for (int k = 0; k < outputs; k++) {
            expected[k] = intercept[k];
            for (int j = 0; j < p; j++) {
                expected[k] += coef[k][j] * mean[j];
            }
            for (int i = 0; i < n; i++) {
                double prediction = intercept[k];
                for (int j = 0; j < p; j++) {
                    d[j] = columns[j][i] - mean[j];
                    prediction += coef[k][j] * columns[j][i];
                }
                predictions[k][i] = prediction;
                for (int j = 0; j < p; j++) {
                    if (transform[k] == null) {
                        values[k][i][j] = coef[k][j] * d[j];
                    } else {
                        double s = 0;
                        for (int c = 0; c < p; c++) {
                            s += transform[k][j][c] * d[c];
                        }
                        values[k][i][j] = s;
                    }
                }
            }
        }
        String method = transform[0] == null ? "linear_independent" : "linear_correlated";
        return new Explanation(method, model.explainedScale(), terms.outputs(), terms.features(), expected, predictions,
                values, x.select(terms.features()));
    }
}
