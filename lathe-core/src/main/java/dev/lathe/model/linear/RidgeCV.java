package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.KFold;
import java.util.List;

/**
 * Ridge regression with alpha chosen among candidates by cross-validated mean squared error, as scikit-learn's
 * RidgeCV: every candidate is evaluated from one singular value decomposition of the centred design (per fold
 * for k-fold), then {@link Ridge} is fitted on all rows at the chosen alpha (the first of the lowest error).
 *
 * @param alphas       candidate penalty strengths, each finite and greater than 0 (default 0.1, 1, 10)
 * @param fitIntercept whether to fit the intercept (default true)
 * @param cv           0 (default) for efficient exact leave-one-out (scikit-learn's default, cv=None), or the
 *                     number of folds k >= 2 for k-fold cross-validation scored by mean squared error
 * @param shuffle      for k-fold: shuffle rows before cutting folds (default true); false gives scikit-learn's
 *                     consecutive folds
 * @param seed         for k-fold with shuffling: the shuffle's seed (default 0)
 */
public record RidgeCV(List<Double> alphas, boolean fitIntercept, int cv, boolean shuffle, long seed)
        implements Estimator {

    public RidgeCV {
        if (alphas == null || alphas.isEmpty()) {
            throw new IllegalArgumentException("alphas must list at least one candidate");
        }
        alphas = List.copyOf(alphas);
        for (int i = 0; i < alphas.size(); i++) {
            Check.positive("alphas[" + i + "]", alphas.get(i));
        }
        if (cv != 0) {
            Check.atLeast("cv (0 for leave-one-out, else the number of folds)", cv, 2);
        }
    }

    /** Candidates 0.1, 1 and 10, with an intercept, by leave-one-out. */
    public RidgeCV() {
        this(List.of(0.1, 1.0, 10.0), true, 0, true, 0);
    }

    @Override
    public RidgeCVModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        double[] target = Inputs.target(x, y);
        double[] candidates = alphas.stream().mapToDouble(Double::doubleValue).toArray();
        double[] mse = cv == 0
                ? leaveOneOutMse(columns, target, candidates)
                : kFoldMse(x, y, columns, target, candidates);
        int best = Argmin.first(mse);
        LinearModel model = new Ridge(candidates[best], fitIntercept).fit(x, y);
        return new RidgeCVModel(model, candidates[best], candidates, mse);
    }

    private double[] leaveOneOutMse(double[][] columns, double[] target, double[] candidates) {
        Centered c = Centered.of(columns, target, null, fitIntercept);
        return RidgeSvd.of(c.x(), c.y()).leaveOneOutMse(candidates, fitIntercept);
    }

    private double[] kFoldMse(Frame x, Column y, double[][] columns, double[] target, double[] candidates) {
        List<Fold> folds = new KFold(cv, shuffle, seed).split(x, y);
        double[] mse = new double[candidates.length];
        for (Fold fold : folds) {
            Centered train = Centered.of(Rows.take(columns, fold.train()), Rows.take(target, fold.train()), null,
                    fitIntercept);
            double[][] test = Rows.take(columns, fold.test());
            for (int j = 0; j < test.length; j++) {
                for (int i = 0; i < test[j].length; i++) {
                    test[j][i] -= train.xOffset()[j];
                }
            }
            double[][] predicted = RidgeSvd.of(train.x(), train.y()).predict(test, candidates);
            for (int a = 0; a < candidates.length; a++) {
                double sum = 0;
                for (int i = 0; i < fold.test().length; i++) {
                    double e = train.yOffset() + predicted[a][i] - target[fold.test()[i]];
                    sum += e * e;
                }
                mse[a] += sum / fold.test().length / folds.size();
            }
        }
        return mse;
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
