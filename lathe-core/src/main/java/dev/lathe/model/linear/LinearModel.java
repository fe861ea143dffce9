package dev.lathe.model.linear;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fitted linear function of named features: {@code intercept + sum_j coef[j] * x[features[j]]}. What
 * {@link LinearRegression} and {@link Ridge} return, and the core of every other linear model's fit.
 *
 * @param features  feature names, unique, in coefficient order
 * @param coef      one coefficient per feature
 * @param intercept the constant term (0 for a model fitted without intercept)
 */
public record LinearModel(List<String> features, double[] coef, double intercept) implements LinearRegressor {

    /** Type name in model files. */
    public static final String TYPE = "linear_model";

    public LinearModel {
        features = List.copyOf(features);
        if (coef.length != features.size()) {
            throw new IllegalArgumentException(coef.length + " coefficients for " + features.size() + " features");
        }
        if (Set.copyOf(features).size() != features.size()) {
            throw new IllegalArgumentException("feature names must be unique: " + features);
        }
        coef = coef.clone();
    }

    /** A copy of the coefficients, in feature order. */
    @Override
    public double[] coef() {
        return coef.clone();
    }

    @Override
    public LinearModel linear() {
        return this;
    }

    @Override
    public double coefficient(String name) {
        int j = features.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("the model has no feature '" + name + "'; its features: " + features);
        }
        return coef[j];
    }

    @Override
    public Map<String, Double> coefficients() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int j = 0; j < coef.length; j++) {
            out.put(features.get(j), coef[j]);
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public double[] predict(Frame x) {
        return score(Features.matrix(x.select(features)));
    }

    /** The linear function of column-major {@code columns} given in feature order. */
    double[] score(double[][] columns) {
        double[] out = new double[columns[0].length];
        Arrays.fill(out, intercept);
        for (int j = 0; j < coef.length; j++) {
            double c = coef[j];
            double[] col = columns[j];
            for (int i = 0; i < out.length; i++) {
                out[i] += c * col[i];
            }
        }
        return out;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("features", features);
        out.put("intercept", intercept);
        out.doubles("coef", coef);
    }

    /** Reads what {@link #save} wrote. */
    public static LinearModel load(StepReader in) {
        return new LinearModel(in.getStrings("features"), in.doubles("coef"), in.getDouble("intercept"));
    }
}
