package dev.lathe.model.linear;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * A ridge model whose alpha was chosen by cross-validation ({@link RidgeCV}).
 *
 * @param linear the ridge fit on all training rows at the chosen alpha
 * @param alpha  the chosen alpha: the first with the lowest {@code cvMse}
 * @param alphas the candidates, in the order given
 * @param cvMse  mean squared validation error of each candidate (leave-one-out, or the mean over folds of each
 *               fold's mean squared error)
 */
public record RidgeCVModel(LinearModel linear, double alpha, double[] alphas, double[] cvMse)
        implements LinearRegressor {

    /** Type name in model files. */
    public static final String TYPE = "ridge_cv";

    public RidgeCVModel {
        if (alphas.length != cvMse.length) {
            throw new IllegalArgumentException(alphas.length + " alphas but " + cvMse.length + " validation errors");
        }
        alphas = alphas.clone();
        cvMse = cvMse.clone();
    }

    /** A copy of the candidate alphas. */
    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    /** A copy of the validation errors, one per candidate alpha. */
    @Override
    public double[] cvMse() {
        return cvMse.clone();
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("alpha", alpha);
        out.doubles("alphas", alphas);
        out.doubles("cv_mse", cvMse);
        out.child("linear", linear);
    }

    /** Reads what {@link #save} wrote. */
    public static RidgeCVModel load(StepReader in) {
        return new RidgeCVModel(in.child("linear", LinearModel.class), in.getDouble("alpha"), in.doubles("alphas"),
                in.doubles("cv_mse"));
    }
}
