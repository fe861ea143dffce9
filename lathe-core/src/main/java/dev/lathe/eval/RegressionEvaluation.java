package dev.lathe.eval;

import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.distribution.Histogram;
import dev.lathe.stats.distribution.NormalQQ;
import java.util.ArrayList;
import java.util.List;

/**
 * A regressor's evaluation: MAE, MSE, RMSE, R^2, explained variance, median absolute error, max error and MAPE
 * (not defined where a target is 0), each with a bootstrap interval and the baseline's value; and the residuals
 * (target minus prediction) against the predictions, with their normal Q-Q points and histogram.
 *
 * @param rows      number of evaluation rows
 * @param metrics   the metrics, in the order above
 * @param truth     the targets
 * @param predicted the model's predictions
 * @param residuals truth minus predicted
 * @param residualQq the residuals' normal Q-Q points and line
 * @param residualHistogram the residuals' histogram ({@link dev.lathe.stats.distribution.BinRule#AUTO} bins)
 */
public record RegressionEvaluation(int rows, List<MetricEstimate> metrics, double[] truth, double[] predicted,
                                   double[] residuals, NormalQQ residualQq, Histogram residualHistogram)
        implements Evaluation {

    /** Copies the list and arrays. */
    public RegressionEvaluation {
        metrics = List.copyOf(metrics);
        truth = truth.clone();
        predicted = predicted.clone();
        residuals = residuals.clone();
    }

    /** The targets (a copy). */
    @Override
    public double[] truth() {
        return truth.clone();
    }

    /** The predictions (a copy). */
    @Override
    public double[] predicted() {
        return predicted.clone();
    }

    /** The residuals (a copy). */
    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /** Targets with predictions, as the metrics take them. */
    private record Scored(double[] y, double[] pred) {
    }

    /**
     * Evaluates predictions {@code pred} against targets {@code y} (finite, at least 2 rows).
     *
     * @param baseline the baseline's predictions for the same rows
     */
    public static RegressionEvaluation of(double[] y, double[] pred, double[] baseline, Bootstrap bootstrap) {
        Inputs.numeric(y, pred);
        Inputs.numeric(y, baseline);
        if (y.length < 2) {
            throw new IllegalArgumentException("an evaluation needs at least 2 rows, got " + y.length);
        }
        List<NamedMetric<Scored>> metrics = new ArrayList<>();
        for (String name : List.of("mae", "mse", "rmse", "r2", "explained_variance", "median_absolute_error",
                "max_error")) {
            metrics.add(registered(name, s -> null));
        }
        metrics.add(registered("mape", s -> zeroTarget(s.y())));
        List<MetricEstimate> estimates = MetricEstimates.of(metrics, y.length, rows -> take(y, pred, rows),
                new Scored(y, baseline), bootstrap);
        double[] residuals = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            residuals[i] = y[i] - pred[i];
        }
        NumericColumn column = NumericColumn.wrap("residual", residuals);
        return new RegressionEvaluation(y.length, estimates, y, pred, residuals, NormalQQ.of(column),
                Histogram.of(column));
    }

    private static Scored take(double[] y, double[] pred, int[] rows) {
        double[] ty = new double[rows.length];
        double[] tp = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ty[i] = y[rows[i]];
            tp[i] = pred[rows[i]];
        }
        return new Scored(ty, tp);
    }

    private static NamedMetric<Scored> registered(String name, java.util.function.Function<Scored, String> undefined) {
        Metric.Regression m = (Metric.Regression) Metric.of(name);
        return new NamedMetric<>(name, m.greaterIsBetter(), undefined, s -> m.score(s.y(), s.pred(), null));
    }

    private static String zeroTarget(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                return "MAPE divides by the target, which is 0 in row " + (i + 1);
            }
        }
        return null;
    }
}
