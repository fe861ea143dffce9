package dev.lathe.model.baseline;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Regressor;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;

/**
 * Predicts one constant, the training target's mean or median, whatever the features (as scikit-learn's
 * DummyRegressor): the baseline every real model must beat.
 *
 * @param strategy {@code mean} (default) or {@code median}
 */
public record BaselineRegressor(Strategy strategy) implements Estimator {

    /** Which constant to predict. */
    public enum Strategy { MEAN, MEDIAN }

    public BaselineRegressor {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must be mean or median");
        }
    }

    /** Predicts the mean. */
    public BaselineRegressor() {
        this(Strategy.MEAN);
    }

    @Override
    public Fitted fit(Frame x, Column y) {
        Features.matrix(x);
        double[] v = Targets.numeric(y);
        double value;
        if (strategy == Strategy.MEAN) {
            value = Arrays.stream(v).sum() / v.length;
        } else {
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            value = Quantiles.ofSorted(sorted, sorted.length, 0.5);
        }
        return new Fitted(value);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    /** The fitted baseline: one constant. */
    public record Fitted(double value) implements Regressor {
        /** Type name in model files. */
        public static final String TYPE = "baseline_regressor";

        @Override
        public double[] predict(Frame x) {
            double[] out = new double[x.rowCount()];
            Arrays.fill(out, value);
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("value", value);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getDouble("value"));
        }
    }
}
