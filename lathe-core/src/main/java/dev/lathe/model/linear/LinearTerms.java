package dev.lathe.model.linear;

import java.util.List;

/**
 * A model's linear part, which is what Linear SHAP needs: output k of a row is
 * {@code intercept[k] + sum_j coef[k][j] * x[j]} (for logistic models, the log-odds).
 *
 * @param features feature names, in coefficient order
 * @param coef     {@code coef[output][feature]}
 * @param intercept one per output
 * @param outputs  a name per output (class labels, or {@code prediction})
 */
public record LinearTerms(List<String> features, double[][] coef, double[] intercept, List<String> outputs) {

    public LinearTerms {
        features = List.copyOf(features);
        outputs = List.copyOf(outputs);
        intercept = intercept.clone();
        double[][] c = new double[coef.length][];
        for (int k = 0; k < coef.length; k++) {
            if (coef[k].length != features.size()) {
                throw new IllegalArgumentException(coef[k].length + " coefficients for " + features.size() + " features");
            }
            c[k] = coef[k].clone();
        }
        coef = c;
        if (coef.length != outputs.size() || intercept.length != outputs.size()) {
            throw new IllegalArgumentException(coef.length + " coefficient rows and " + intercept.length
                    + " intercepts for " + outputs.size() + " outputs");
        }
    }

    /** A copy of the coefficients, {@code [output][feature]}. */
    @Override
    public double[][] coef() {
        double[][] c = new double[coef.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = coef[k].clone();
        }
        return c;
    }

    /** A copy of the intercepts. */
    @Override
    public double[] intercept() {
        return intercept.clone();
    }
}
