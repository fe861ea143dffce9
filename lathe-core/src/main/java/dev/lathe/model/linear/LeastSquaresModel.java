package dev.lathe.model.linear;

import dev.lathe.model.HasLikelihood;
import dev.lathe.model.Likelihood;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Optional;

/**
 * An ordinary or weighted least-squares fit ({@link LinearRegression}) with its Gaussian likelihood:
 * the error variance at its maximum-likelihood value, statsmodels' OLS log-likelihood (WLS with sample
 * weights), k counting the coefficients and the intercept when fitted, not the variance.
 *
 * @param linear   coefficients and intercept
 * @param gaussian the likelihood; empty when the fit is exact (every residual 0), so that the
 *                 log-likelihood is infinite
 */
public record LeastSquaresModel(LinearModel linear, Optional<Likelihood> gaussian)
        implements LinearRegressor, HasLikelihood {

    /** Type name in model files. */
    public static final String TYPE = "least_squares";

    public LeastSquaresModel {
        if (linear == null || gaussian == null) {
            throw new IllegalArgumentException("linear and gaussian must be given (gaussian empty for an exact fit)");
        }
    }

    /**
     * The Gaussian likelihood.
     *
     * @throws IllegalStateException for an exact fit, whose log-likelihood is infinite
     */
    @Override
    public Likelihood likelihood() {
        return gaussian.orElseThrow(() -> new IllegalStateException("the least-squares fit is exact (every"
                + " residual is 0), so its Gaussian log-likelihood is infinite and AIC and BIC are undefined"));
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.child("linear", linear);
        gaussian.ifPresent(l -> l.save(out));
    }

    /** Reads what {@link #save} wrote. */
    public static LeastSquaresModel load(StepReader in) {
        return new LeastSquaresModel(in.child("linear", LinearModel.class), Likelihood.load(in));
    }
}
