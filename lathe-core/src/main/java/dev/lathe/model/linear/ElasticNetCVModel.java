package dev.lathe.model.linear;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * An elastic-net (or lasso) model whose alpha and l1_ratio were chosen by k-fold cross-validation
 * ({@link ElasticNetCV}, {@link LassoCV}).
 *
 * @param model                the fit on all training rows at the chosen alpha and l1_ratio
 * @param l1Ratios             the candidate l1_ratios
 * @param alphas               {@code alphas[l]}: the alphas tried with {@code l1Ratios[l]}, largest first
 * @param cvMse                {@code cvMse[l][a]}: the mean over folds of each fold's mean squared error
 * @param pathFitsNotConverged how many of the cross-validation fits stopped at max_iter before the tolerance
 */
public record ElasticNetCVModel(ElasticNetModel model, double[] l1Ratios, double[][] alphas, double[][] cvMse,
                                int pathFitsNotConverged) implements LinearRegressor {

    /** Type name in model files. */
    public static final String TYPE = "elastic_net_cv";

    public ElasticNetCVModel {
        if (alphas.length != l1Ratios.length || cvMse.length != l1Ratios.length) {
            throw new IllegalArgumentException("need one row of alphas and errors per l1_ratio");
        }
        l1Ratios = l1Ratios.clone();
        alphas = deepCopy(alphas);
        cvMse = deepCopy(cvMse);
    }

    @Override
    public LinearModel linear() {
        return model.linear();
    }

    /** The chosen alpha. */
    public double alpha() {
        return model.alpha();
    }

    /** The chosen l1_ratio. */
    public double l1Ratio() {
        return model.l1Ratio();
    }

    /** A copy of the candidate l1_ratios. */
    @Override
    public double[] l1Ratios() {
        return l1Ratios.clone();
    }

    /** A copy of the alphas tried, one row per l1_ratio. */
    @Override
    public double[][] alphas() {
        return deepCopy(alphas);
    }

    /** A copy of the cross-validated errors, one row per l1_ratio, one entry per alpha. */
    @Override
    public double[][] cvMse() {
        return deepCopy(cvMse);
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("path_fits_not_converged", pathFitsNotConverged);
        out.doubles("l1_ratios", l1Ratios);
        for (int l = 0; l < l1Ratios.length; l++) {
            out.doubles("alphas" + l, alphas[l]);
            out.doubles("cv_mse" + l, cvMse[l]);
        }
        out.child("model", model);
    }

    /** Reads what {@link #save} wrote. */
    public static ElasticNetCVModel load(StepReader in) {
        double[] l1Ratios = in.doubles("l1_ratios");
        double[][] alphas = new double[l1Ratios.length][];
        double[][] mse = new double[l1Ratios.length][];
        for (int l = 0; l < l1Ratios.length; l++) {
            alphas[l] = in.doubles("alphas" + l);
            mse[l] = in.doubles("cv_mse" + l);
        }
        return new ElasticNetCVModel(in.child("model", ElasticNetModel.class), l1Ratios, alphas, mse,
                in.getInt("path_fits_not_converged"));
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
