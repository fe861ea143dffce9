package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Likelihood;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.KFold;
import java.util.List;
import java.util.Optional;

/**
 * Polynomial regression: least squares with an intercept on polynomial terms of the numeric features, of a
 * given degree or of the degree in 1..max_degree that minimises AIC, BIC (statsmodels' conventions, k counting
 * the intercept) or k-fold cross-validated mean squared error. Raw monomials are evaluated in double-double
 * arithmetic and solved by pivoted QR with refinement; the orthogonal option uses R's {@code poly()}
 * orthonormal polynomials instead, learned on the training rows and applied to new rows by their recurrence:
 * the same predictions, better conditioned columns. For cross-validation the columns are built from all
 * training rows' feature values (predictions do not depend on the basis, only on its span).
 *
 * @param degree          the highest total degree when {@code degree_selection} is none, at least 1 (default 2)
 * @param terms           {@code powers} (default): each feature's powers, no products; {@code interaction_only}:
 *                        products of distinct features, no powers; {@code full}: every monomial
 * @param orthogonal      use orthogonal polynomials instead of raw powers (default false)
 * @param degreeSelection {@code none} (default): use {@code degree}; {@code aic}, {@code bic}, {@code cv}: choose
 *                        the degree in 1..max_degree with the lowest criterion (the lowest degree on ties)
 * @param maxDegree       the highest degree tried by degree selection, at least 1 (default 6)
 * @param cv              folds for {@code cv} selection, at least 2 (default 5)
 * @param shuffle         shuffle rows before cutting folds (default true)
 * @param seed            the shuffle's seed (default 0)
 */
public record PolynomialRegression(int degree, Terms terms, boolean orthogonal, DegreeSelection degreeSelection,
                                   int maxDegree, int cv, boolean shuffle, long seed) implements Estimator {

    /** Which monomials enter the model. */
    public enum Terms {
        /** x_j^k for each feature and k = 1..degree; no products of different features. */
        POWERS,
        /** Products of distinct features, up to {@code degree} of them; no powers. */
        INTERACTION_ONLY,
        /** Every monomial of total degree 1..degree. */
        FULL
    }

    /** How the degree is chosen. */
    public enum DegreeSelection {
        /** The given {@code degree}. */
        NONE,
        /** Lowest k-fold cross-validated mean squared error. */
        CV,
        /** Lowest Akaike information criterion. */
        AIC,
        /** Lowest Bayesian (Schwarz) information criterion. */
        BIC
    }

    public PolynomialRegression {
        Check.atLeast("degree", degree, 1);
        if (terms == null) {
            throw new IllegalArgumentException("terms must be powers, interaction_only or full");
        }
        if (degreeSelection == null) {
            throw new IllegalArgumentException("degree_selection must be none, cv, aic or bic");
        }
        Check.atLeast("max_degree", maxDegree, 1);
        Check.atLeast("cv", cv, 2);
    }

    /** Powers of each feature up to {@code degree}, raw, no selection. */
    public PolynomialRegression(int degree) {
        this(degree, Terms.POWERS, false, DegreeSelection.NONE, 6, 5, true, 0);
    }

    /** Degree 2. */
    public PolynomialRegression() {
        this(2);
    }

    @Override
    public PolynomialModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        double[] target = Inputs.target(x, y);
        String fingerprint = Likelihood.fingerprint(y);
        boolean select = degreeSelection != DegreeSelection.NONE;
        PolynomialBasis basis = PolynomialBasis.fit(x.names(), columns, terms, select ? maxDegree : degree,
                orthogonal);
        PolynomialBasis.Design design = basis.design(columns);
        double[] scores = new double[select ? maxDegree : 0];
        List<Fold> folds = degreeSelection == DegreeSelection.CV ? new KFold(cv, shuffle, seed).split(x, y) : null;
        for (int d = 1; d <= scores.length; d++) {
            PolynomialBasis.Design part = design.prefix(basis.truncate(d).termNames().size());
            scores[d - 1] = folds == null ? criterion(part, target, fingerprint) : cvMse(part, target, folds);
        }
        PolynomialBasis chosen = basis.truncate(select ? Argmin.first(scores) + 1 : degree);
        PolynomialBasis.Design part = design.prefix(chosen.termNames().size());
        LinearModel linear = leastSquares(part, target);
        return new PolynomialModel(chosen, linear, degreeSelection, scores,
                likelihood(linear, part, target, fingerprint));
    }

    private static LinearModel leastSquares(PolynomialBasis.Design part, double[] target) {
        return OrdinaryLeastSquares.fit(part.names(), part.high(), part.low(), target, null, true);
    }

    /** The Gaussian likelihood of {@code fit} on {@code part}, k counting the intercept. */
    private static Optional<Likelihood> likelihood(LinearModel fit, PolynomialBasis.Design part, double[] target,
                                                   String fingerprint) {
        return OrdinaryLeastSquares.likelihood(fit, part.high(), target, null, part.names().size() + 1, fingerprint);
    }

    /** AIC or BIC of the least-squares fit on {@code part}; minus infinity for an exact fit. */
    private double criterion(PolynomialBasis.Design part, double[] target, String fingerprint) {
        return likelihood(leastSquares(part, target), part, target, fingerprint)
                .map(l -> degreeSelection == DegreeSelection.AIC ? l.aic() : l.bic())
                .orElse(Double.NEGATIVE_INFINITY);
    }

    private static double cvMse(PolynomialBasis.Design part, double[] target, List<Fold> folds) {
        double mse = 0;
        for (Fold fold : folds) {
            double[][] low = part.low() == null ? null : Rows.take(part.low(), fold.train());
            LinearModel fit = OrdinaryLeastSquares.fit(part.names(), Rows.take(part.high(), fold.train()), low,
                    Rows.take(target, fold.train()), null, true);
            double[] predicted = fit.score(Rows.take(part.high(), fold.test()));
            double sum = 0;
            for (int i = 0; i < predicted.length; i++) {
                double e = predicted[i] - target[fold.test()[i]];
                sum += e * e;
            }
            mse += sum / predicted.length / folds.size();
        }
        return mse;
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
