package dev.lathe.model.linear;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * A lasso or elastic-net fit ({@link Lasso}, {@link ElasticNet}) with the coordinate descent's outcome.
 *
 * @param linear     coefficients and intercept
 * @param alpha      the penalty strength it was fitted with
 * @param l1Ratio    the L1 share of the penalty (1 for the lasso)
 * @param iterations sweeps of coordinate descent done
 * @param dualityGap the final duality gap, on the scale of the objective (scikit-learn's {@code dual_gap_})
 * @param converged  whether the gap reached {@code tol * y'y / n} within {@code max_iter} sweeps; when false
 *                   the coefficients are usable but not optimal to the requested tolerance: raise
 *                   {@code max_iter}, or standardise the features
 */
public record ElasticNetModel(LinearModel linear, double alpha, double l1Ratio, int iterations, double dualityGap,
                              boolean converged) implements LinearRegressor {

    /** Type name in model files. */
    public static final String TYPE = "elastic_net";

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("alpha", alpha);
        out.put("l1_ratio", l1Ratio);
        out.put("iterations", iterations);
        out.put("duality_gap", dualityGap);
        out.put("converged", converged);
        out.child("linear", linear);
    }

    /** Reads what {@link #save} wrote. */
    public static ElasticNetModel load(StepReader in) {
        return new ElasticNetModel(in.child("linear", LinearModel.class), in.getDouble("alpha"),
                in.getDouble("l1_ratio"), in.getInt("iterations"), in.getDouble("duality_gap"),
                in.getBoolean("converged"));
    }
}
