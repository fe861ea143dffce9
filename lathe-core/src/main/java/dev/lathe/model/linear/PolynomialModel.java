package dev.lathe.model.linear;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.HasLikelihood;
import dev.lathe.model.Likelihood;
import dev.lathe.model.Regressor;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * A fitted polynomial regression ({@link PolynomialRegression}).
 *
 * @param basis     the polynomial columns, at the chosen degree
 * @param linear    the least-squares fit on those columns: coefficients by term name ({@code x^2}, {@code a b};
 *                  for an orthogonal basis, of the orthonormal polynomials)
 * @param selection how the degree was chosen
 * @param scores    the criterion at degrees 1..max_degree (AIC, BIC or cross-validated mean squared error; the
 *                  lowest wins), empty when the degree was given
 * @param gaussian  the Gaussian likelihood of the least-squares fit (statsmodels' OLS conventions, k counting
 *                  the terms and the intercept); empty for an exact fit, or when read from a model file
 *                  written before Lathe recorded it
 */
public record PolynomialModel(PolynomialBasis basis, LinearModel linear, PolynomialRegression.DegreeSelection selection,
                              double[] scores, Optional<Likelihood> gaussian) implements Regressor, HasLikelihood {

    /** Type name in model files. */
    public static final String TYPE = "polynomial_regression";

    public PolynomialModel {
        if (!linear.features().equals(basis.termNames())) {
            throw new IllegalArgumentException("coefficients " + linear.features() + " do not match the terms "
                    + basis.termNames());
        }
        scores = scores.clone();
        if (gaussian == null) {
            throw new IllegalArgumentException("gaussian must be given (empty when there is none)");
        }
    }

    /**
     * The Gaussian likelihood of the least-squares fit on the polynomial terms.
     *
     * @throws IllegalStateException for an exact fit (infinite log-likelihood) or a model read from a file
     *                               written before the likelihood was recorded
     */
    @Override
    public Likelihood likelihood() {
        return gaussian.orElseThrow(() -> new IllegalStateException("this polynomial regression has no"
                + " likelihood: either its fit is exact (every residual 0, an infinite log-likelihood) or it was"
                + " read from a model file written before Lathe recorded the likelihood; refit it for AIC and BIC"));
    }

    /** The degree used. */
    public int degree() {
        return basis.degree();
    }

    /** A copy of the criterion by degree (index 0 is degree 1). */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public double[] predict(Frame x) {
        return linear.score(basis.design(Features.matrix(x.select(basis.features()))).high());
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        basis.save(out);
        out.put("selection", selection.name().toLowerCase(Locale.ROOT));
        out.doubles("scores", scores);
        out.child("linear", linear);
        gaussian.ifPresent(l -> l.save(out));
    }

    /** Reads what {@link #save} wrote. */
    public static PolynomialModel load(StepReader in) {
        PolynomialRegression.DegreeSelection selection =
                PolynomialRegression.DegreeSelection.valueOf(in.getString("selection").toUpperCase(Locale.ROOT));
        return new PolynomialModel(PolynomialBasis.load(in), in.child("linear", LinearModel.class), selection,
                in.doubles("scores"), Likelihood.load(in));
    }
}
