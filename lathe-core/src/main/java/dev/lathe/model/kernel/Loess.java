package dev.lathe.model.kernel;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * LOESS (locally weighted scatterplot smoothing, Cleveland 1979) of one feature, as statsmodels'
 * {@code nonparametric.lowess} with delta 0: at each point, a straight line fitted by weighted least
 * squares to the {@code frac * n} nearest training points (tricube weights by distance relative to the
 * farthest of them); then {@code it} times, each point's robustness weight is set to bisquare(residual / (6
 * median |residual|)) and the lines refitted. Predictions at new points use the final robustness weights,
 * as statsmodels does with {@code xvals}.
 *
 * @param frac    share of the rows in each local fit, in (0, 1] (default 2/3); at least 2 rows are used
 * @param it      number of robustness iterations, at least 0 (default 3)
 * @param feature the feature to smooth against, or null (default) when the data has exactly one feature;
 *                other feature columns are then ignored (they must still be valid numbers)
 */
public record Loess(double frac, int it, String feature) implements Estimator {

    public Loess {
        if (!(frac > 0 && frac <= 1)) {
            throw new IllegalArgumentException("frac must be in (0, 1], got " + frac);
        }
        Check.atLeast("it", it, 0);
    }

    /** frac 2/3, three robustness iterations. */
    public Loess() {
        this(2.0 / 3.0, 3, null);
    }

    /** The only feature, with the given frac and iterations. */
    public Loess(double frac, int it) {
        this(frac, it, null);
    }

    @Override
    public LoessModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        if (feature == null && columns.length != 1) {
            throw new IllegalArgumentException("loess smooths one feature; the data has " + columns.length + " "
                    + x.names() + "; set feature to one of them, or use kernel_regression for several");
        }
        if (feature != null && !x.has(feature)) {
            throw new IllegalArgumentException("loess feature '" + feature + "' is not among the features " + x.names());
        }
        int j = feature == null ? 0 : x.names().indexOf(feature);
        return LoessModel.fit(x.names().get(j), columns[j], Targets.numeric(y), frac, it);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
