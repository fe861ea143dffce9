package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.model.Features;
import dev.lathe.model.Model;
import dev.lathe.model.Regressor;
import dev.lathe.model.linear.LinearExplainable;
import dev.lathe.model.linear.LinearTerms;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.pipeline.FittedPipeline;
import java.util.List;

/**
 * The function model-agnostic explainers (Kernel SHAP, permutation SHAP) explain: rows in, one or more
 * numbers per row out. For a model that declares an exact explanation ({@link dev.lathe.model.Explainable})
 * it is the same output the exact explainer explains (the raw margin of a boosted classifier, the log-odds of
 * a logistic model), so that exact and model-agnostic values can be compared; otherwise the prediction of a
 * regressor and the class probabilities of a classifier.
 */
public interface ModelOutput {

    /** A name per output (class labels, or {@code prediction}). */
    List<String> names();

    /** What the outputs are, in words (e.g. "probability"). */
    String scale();

    /** {@code result[k][i]}: output k of row i of {@code x}. */
    double[][] apply(Frame x);

    /** The output of a fitted model, given rows with its feature columns. */
    static ModelOutput of(Model model) {
        if (model instanceof TreeExplainable trees) {
            TreeShap shap = TreeShap.of(trees);
            return new Named(shap.outputs(), shap.scale(), shap::predict);
        }
        if (model instanceof LinearExplainable linear) {
            LinearTerms terms = linear.linearTerms();
            return new Named(terms.outputs(), linear.explainedScale(), x -> linear(terms, x));
        }
        if (model instanceof Regressor r) {
            return new Named(List.of("prediction"), "prediction", x -> new double[][] {r.predict(x)});
        }
        if (model instanceof Classifier c) {
            return new Named(c.classes(), "probability", x -> transpose(c.predictProba(x)));
        }
        throw new IllegalArgumentException("cannot explain a model of type '" + model.stepType()
                + "': it is neither a regressor nor a classifier");
    }

    /** The output of a fitted pipeline's model, given rows with the pipeline's input columns (prepared first). */
    static ModelOutput of(FittedPipeline pipeline) {
        ModelOutput inner = of(pipeline.model());
        return new Named(inner.names(), inner.scale(), x -> inner.apply(pipeline.transform(x)));
    }

    /**
     * What a fitted pipeline predicts, given rows with its input columns: the prediction of a regressor, the
     * probability of each class of a classifier (used by partial dependence and permutation importance).
     */
    static ModelOutput predictions(FittedPipeline pipeline) {
        Model model = pipeline.model();
        if (model instanceof Classifier c) {
            return new Named(c.classes(), "probability", x -> transpose(c.predictProba(pipeline.transform(x))));
        }
        Regressor r = (Regressor) model;
        return new Named(List.of("prediction"), "prediction", x -> new double[][] {r.predict(pipeline.transform(x))});
    }

    /** A model output from its parts. */
    record Named(List<String> names, String scale, java.util.function.Function<Frame, double[][]> function)
            implements ModelOutput {

        @Override
        public double[][] apply(Frame x) {
            return function.apply(x);
        }
    }

    private static double[][] linear(LinearTerms terms, Frame x) {
        double[][] columns = Features.matrix(x.select(terms.features()));
        double[][] coef = terms.coef();
        double[] intercept = terms.intercept();
        double[][] out = new double[coef.length][x.rowCount()];
        for (int k = 0; k < coef.length; k++) {
            java.util.Arrays.fill(out[k], intercept[k]);
            for (int j = 0; j < columns.length; j++) {
                for (int i = 0; i < out[k].length; i++) {
                    out[k][i] += coef[k][j] * columns[j][i];
                }
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] rows) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double[][] out = new double[k][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < k; c++) {
                out[c][i] = rows[i][c];
            }
        }
        return out;
    }
}
