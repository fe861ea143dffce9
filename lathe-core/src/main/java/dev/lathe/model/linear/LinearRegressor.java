package dev.lathe.model.linear;

import dev.lathe.frame.Frame;
import dev.lathe.model.Regressor;
import java.util.List;
import java.util.Map;

/** A fitted model whose prediction is a linear function of its features: intercept + sum of coefficient x feature. */
public interface LinearRegressor extends Regressor, LinearExplainable {

    /** The fitted linear function. */
    LinearModel linear();

    @Override
    default LinearTerms linearTerms() {
        LinearModel m = linear();
        return new LinearTerms(m.features(), new double[][] {m.coef()}, new double[] {m.intercept()},
                List.of("prediction"));
    }

    @Override
    default String explainedScale() {
        return "prediction";
    }

    /** The feature names, in the order of the coefficients. */
    default List<String> features() {
        return linear().features();
    }

    /** A copy of the coefficients, in {@link #features()} order. */
    default double[] coef() {
        return linear().coef();
    }

    /** The intercept; 0 when fitted without one. */
    default double intercept() {
        return linear().intercept();
    }

    /** The coefficient of feature {@code name}; fails, listing the features, when the model has no such feature. */
    default double coefficient(String name) {
        return linear().coefficient(name);
    }

    /** The coefficients by feature name, in feature order. */
    default Map<String, Double> coefficients() {
        return linear().coefficients();
    }

    /** The intercept plus the coefficients times the named feature columns of {@code x} (other columns ignored). */
    @Override
    default double[] predict(Frame x) {
        return linear().predict(x);
    }
}
