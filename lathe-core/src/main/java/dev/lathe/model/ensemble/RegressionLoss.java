package dev.lathe.model.ensemble;

import dev.lathe.loss.Loss;
import dev.lathe.loss.Losses;

/** The losses {@link GradientBoostingRegressor} can minimise, with the constant each starts from. */
public enum RegressionLoss {
    /** Squared error; starts from the mean. */
    SQUARED_ERROR,
    /** Absolute error (median regression); starts from the median. */
    ABSOLUTE_ERROR,
    /** Huber loss with threshold {@code huber_delta}; starts from the median. */
    HUBER,
    /** Pinball loss of quantile {@code quantile}; starts from that quantile. */
    QUANTILE,
    /** Poisson deviance on the log scale, targets at least 0 and not all 0; starts from log(mean). */
    POISSON,
    /** Gamma deviance on the log scale, targets greater than 0; starts from log(mean). */
    GAMMA;

    /** The pointwise loss and base score, for the given quantile and Huber threshold. */
    PointwiseObjective objective(double quantile, double huberDelta) {
        return switch (this) {
            case SQUARED_ERROR -> new PointwiseObjective(Losses.squared(), PointwiseObjective::mean);
            case ABSOLUTE_ERROR -> new PointwiseObjective(Losses.absolute(), RegressionLoss::median, 0.5);
            case HUBER -> new PointwiseObjective(Losses.huber(huberDelta), RegressionLoss::median);
            case QUANTILE -> new PointwiseObjective(Losses.pinball(quantile),
                    (y, w, rows) -> PointwiseObjective.quantile(y, w, rows, quantile), quantile);
            case POISSON -> logMean(Losses.poisson());
            case GAMMA -> logMean(Losses.gamma());
        };
    }

    /** Fails with a clear message when a target value is outside this loss's domain. */
    void checkTarget(double[] y, String name) {
        if (this != POISSON && this != GAMMA) {
            return;
        }
        boolean anyPositive = false;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || (this == GAMMA && y[i] == 0)) {
                throw new IllegalArgumentException("target '" + name + "' has " + y[i] + " in row " + (i + 1)
                        + "; loss " + label() + " needs targets " + (this == GAMMA ? "greater than 0" : "at least 0"));
            }
            anyPositive |= y[i] > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("target '" + name + "' is all 0; loss poisson needs some positive value");
        }
    }

    /** The name as users give it ({@code squared_error}). */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double median(double[] y, double[] w, int[] rows) {
        return PointwiseObjective.quantile(y, w, rows, 0.5);
    }

    private static PointwiseObjective logMean(Loss loss) {
        return new PointwiseObjective(loss, (y, w, rows) -> Math.log(PointwiseObjective.mean(y, w, rows)));
    }
}
