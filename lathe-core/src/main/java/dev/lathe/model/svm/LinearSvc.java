package dev.lathe.model.svm;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Linear support vector classification, as scikit-learn's {@code LinearSVC(dual=True)} (LIBLINEAR): minimise
 * {@code ||w||^2 / 2 + sum_i C_i loss(y_i w'x_i)} with hinge or squared hinge loss, by dual coordinate
 * descent ({@link DualCoordinateDescent}). As LIBLINEAR, the intercept is the weight of an extra feature of
 * constant value {@code intercept_scaling}, and so is penalised. Two classes: one problem, positive for the
 * second class. More: one-vs-rest, one problem per class; as LIBLINEAR, a class weight scales C of that
 * class's own rows in its problem, while the other rows keep C.
 *
 * @param C                penalty on margin violations, greater than 0 (default 1)
 * @param loss             hinge or squared_hinge (default)
 * @param tol              stopping tolerance on the projected gradient, greater than 0 (default 1e-4)
 * @param maxIter          pass limit per problem, at least 1 (default 1000)
 * @param fitIntercept     whether to fit an intercept (default true)
 * @param interceptScaling the value of the constant feature, greater than 0 (default 1)
 * @param classWeight      none (default) or balanced
 * @param randomState      seed of the visiting order; problem k uses the k-th draw from it (default 0)
 */
public record LinearSvc(double C, Loss loss, double tol, int maxIter, boolean fitIntercept, double interceptScaling,
                        ClassWeight classWeight, long randomState) implements Estimator, SupportsSampleWeights {

    /** The loss of a margin {@code m = y w'x}. */
    public enum Loss {
        /** {@code max(0, 1 - m)}. */
        HINGE,
        /** {@code max(0, 1 - m)^2}. */
        SQUARED_HINGE
    }

    public LinearSvc {
        Check.positive("C", C);
        Check.positive("tol", tol);
        Check.atLeast("max_iter", maxIter, 1);
        Check.positive("intercept_scaling", interceptScaling);
        if (loss == null || classWeight == null) {
            throw new IllegalArgumentException("loss and class_weight must be given");
        }
    }

    /** scikit-learn's defaults: C 1, squared hinge, tol 1e-4, 1000 passes, an intercept. */
    public LinearSvc() {
        this(1.0, Loss.SQUARED_HINGE, 1e-4, 1000, true, 1.0, ClassWeight.NONE, 0);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    @Override
    public LinearSvcModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public LinearSvcModel fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded target = Targets.classes(y);
        SvmInputs.sameRows(x, y.size(), y.name());
        double[] weights = SvmInputs.weights(sampleWeights, x.rowCount());
        int p = columns.length;
        int[] kept = java.util.stream.IntStream.range(0, weights.length).filter(i -> weights[i] > 0).toArray();
        double[][] rows = new double[kept.length][];
        for (int r = 0; r < kept.length; r++) {
            rows[r] = new double[p + (fitIntercept ? 1 : 0)];
            for (int j = 0; j < p; j++) {
                rows[r][j] = columns[j][kept[r]];
            }
            if (fitIntercept) {
                rows[r][p] = interceptScaling;
            }
        }
        double[] classWeights = classWeight.of(target.counts());
        int classes = classWeights.length;
        int problems = classes == 2 ? 1 : classes;
        double[][] coef = new double[problems][];
        double[] intercepts = new double[problems];
        boolean converged = true;
        SplittableRandom seeds = new SplittableRandom(randomState);
        for (int k = 0; k < problems; k++) {
            int positive = classes == 2 ? 1 : k;
            int[] labels = new int[kept.length];
            double[] c = new double[kept.length];
            for (int r = 0; r < kept.length; r++) {
                int code = target.codes()[kept[r]];
                labels[r] = code == positive ? 1 : -1;
                double cw = classes == 2 || code == positive ? classWeights[code] : 1;
                c[r] = C * cw * weights[kept[r]];
            }
            DualCoordinateDescent.Result result = DualCoordinateDescent.solve(rows, labels, c,
                    loss == Loss.SQUARED_HINGE, tol, maxIter, new SplittableRandom(seeds.nextLong()));
            coef[k] = Arrays.copyOf(result.w(), p);
            intercepts[k] = fitIntercept ? result.w()[p] * interceptScaling : 0;
            converged &= result.converged();
        }
        return new LinearSvcModel(x.names(), target.classes(), coef, intercepts, converged);
    }
}
