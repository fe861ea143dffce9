package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;

/**
 * A fitted naive Bayes classifier: per row, the joint log-likelihood log P(class) + log P(row | class) of
 * each class, from which the class log-probabilities follow by normalising. Fitted models learn more rows
 * with {@link #partialFit}, which gives the model a fit on all rows at once would give.
 */
public interface NaiveBayes extends Classifier {

    /** {@code result[i][k]}: log P(class k) + log P(row i | class k), as scikit-learn's joint log likelihood. */
    double[][] jointLogLikelihood(Frame x);

    /** {@code result[i][k]}: log P(class k | row i), as scikit-learn's {@code predict_log_proba}. */
    default double[][] predictLogProba(Frame x) {
        double[][] jll = jointLogLikelihood(x);
        for (double[] row : jll) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : row) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : row) {
                sum += Math.exp(v - max);
            }
            double norm = max + Math.log(sum);
            for (int k = 0; k < row.length; k++) {
                row[k] -= norm;
            }
        }
        return jll;
    }

    @Override
    default double[][] predictProba(Frame x) {
        double[][] p = predictLogProba(x);
        for (double[] row : p) {
            for (int k = 0; k < row.length; k++) {
                row[k] = Math.exp(row[k]);
            }
        }
        return p;
    }

    /**
     * This model updated with more training rows (scikit-learn's {@code partial_fit}); labels must be among
     * {@link #classes()} and the rows must hold the fitted features.
     */
    NaiveBayes partialFit(Frame x, Column y);
}
