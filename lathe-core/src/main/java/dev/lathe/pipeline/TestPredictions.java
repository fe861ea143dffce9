package dev.lathe.pipeline;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.model.Regressor;
import dev.lathe.model.Targets;
import java.util.HashMap;
import java.util.Map;

/**
 * A fitted pipeline's predictions on test rows next to the truth, in the form metrics take: numbers for a
 * regression, class codes and probabilities for a classification. Metrics of {@code lathe train} and the
 * scorers of tuning both start from here.
 */
public sealed interface TestPredictions {

    /**
     * Regression predictions.
     *
     * @param truth     the test target
     * @param predicted the predictions, row for row
     */
    record Regression(double[] truth, double[] predicted) implements TestPredictions {
    }

    /**
     * Classification probabilities.
     *
     * @param truth class codes into the model's classes
     * @param proba {@code proba[row][k]}: the probability of class k
     * @param classCount the number of classes the model knows
     */
    record Classification(int[] truth, double[][] proba, int classCount) implements TestPredictions {

        /** Whether every class the model knows occurs among the test targets (ROC AUC needs it). */
        public boolean allClassesPresent() {
            return java.util.Arrays.stream(truth).distinct().count() == classCount;
        }
    }

    /**
     * Predicts {@code test} with {@code fitted} and pairs the predictions with column {@code target}. Fails
     * on a missing or infinite target, and on a label the training rows never had.
     */
    static TestPredictions of(FittedPipeline fitted, Frame test, String target) {
        Frame x = fitted.transform(test);
        Column y = test.column(target);
        if (fitted.model() instanceof Regressor r) {
            return new Regression(Targets.numeric(y), r.predict(x));
        }
        Classifier c = (Classifier) fitted.model();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < c.classes().size(); k++) {
            index.put(c.classes().get(k), k);
        }
        int[] codes = new int[y.size()];
        for (int i = 0; i < y.size(); i++) {
            if (y.isMissing(i)) {
                throw new IllegalArgumentException("test target '" + target + "' has a missing label in row " + (i + 1));
            }
            Integer code = index.get(y.format(i));
            if (code == null) {
                throw new IllegalArgumentException("test target '" + target + "' has label '" + y.format(i)
                        + "' in row " + (i + 1) + ", which the training rows never had; classes: " + c.classes());
            }
            codes[i] = code;
        }
        return new Classification(codes, c.predictProba(x), c.classes().size());
    }
}
