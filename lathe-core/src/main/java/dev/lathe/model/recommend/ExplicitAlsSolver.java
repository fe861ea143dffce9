package dev.lathe.model.recommend;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** The alternating exact weighted ridge solves of {@link ExplicitAls}. */
final class ExplicitAlsSolver {

    private ExplicitAlsSolver() {
    }

    /** Bias and factors of one side (users or items), row after row. */
    record Side(double[] bias, double[] factors) {
    }

    /**
     * How the cells without a rating count: each is taken as a rating of {@code rating} with weight
     * {@code weight} (observed ratings weigh 1); weight 0 leaves them out.
     */
    record Missing(double weight, double rating) {
    }

    static FactorScorer fit(ExplicitAls config, SparseRows byUser) {
        int k = config.factors();
        SparseRows byItem = byUser.transpose();
        double mean = mean(byUser.values());
        Missing missing = new Missing(config.missingWeight(), config.missingRating());
        Random random = new Random(config.seed());
        double[] itemFactors = new double[byItem.rowCount() * k];
        for (int t = 0; t < itemFactors.length; t++) {
            itemFactors[t] = 0.1 * random.nextGaussian();
        }
        Side items = new Side(new double[byItem.rowCount()], itemFactors);
        Side users = null;
        for (int it = 0; it < config.iterations(); it++) {
            users = solve(byUser, mean, items, k, config.regularization(), missing);
            items = solve(byItem, mean, users, k, config.regularization(), missing);
        }
        return new FactorScorer(k, users.factors(), items.factors(), mean, users.bias(), items.bias());
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /**
     * Every row's exact minimiser, with the other side fixed, of its weighted squared error plus
     * {@code lambda * W_row * (bias^2 + |factors|^2)}: a weighted ridge regression of {@code value - mean - fixed
     * bias} on {@code [1, fixed factors]} over the row's ratings (weight 1) and, when {@code missing.weight()} is
     * above 0, over every other column with value {@code missing.rating()} and that weight. W_row is the row's
     * total weight (its number of ratings when missing cells weigh 0). The missing cells enter through sums over
     * all columns formed once per half-step, so a row costs O(ratings k^2 + k^3) either way.
     */
    static Side solve(SparseRows rows, double mean, Side fixed, int k, double lambda, Missing missing) {
        int n = rows.rowCount();
        int k1 = k + 1;
        int columns = fixed.bias().length;
        double wm = missing.weight();
        double[] gram = new double[k1 * k1];
        double[] moment = new double[k1];
        if (wm > 0) {
            allColumns(fixed, k, missing.rating() - mean, gram, moment);
        }
        double[] bias = new double[n];
        double[] factors = new double[n * k];
        int[] cols = rows.columns();
        double[] vals = rows.values();
        RowBlocks.run(n, () -> new Scratch(k1), (r, s) -> {
            for (int t = 0; t < gram.length; t++) {
                s.a.data[t] = wm * gram[t];
            }
            for (int a = 0; a < k1; a++) {
                s.b.data[a] = wm * moment[a];
            }
            double[] z = s.z;
            z[0] = 1;
            for (int t = rows.start(r); t < rows.end(r); t++) {
                int j = cols[t];
                System.arraycopy(fixed.factors(), j * k, z, 1, k);
                double y = vals[t] - mean - fixed.bias()[j] - wm * (missing.rating() - mean - fixed.bias()[j]);
                for (int a = 0; a < k1; a++) {
                    s.b.data[a] += y * z[a];
                    int row = a * k1;
                    double za = (1 - wm) * z[a];
                    for (int c = 0; c <= a; c++) {
                        s.a.data[row + c] += za * z[c];
                    }
                }
            }
            int rated = rows.end(r) - rows.start(r);
            double ridge = lambda * (rated + wm * (columns - rated));
            for (int a = 0; a < k1; a++) {
                s.a.data[a * k1 + a] += ridge;
                for (int c = 0; c < a; c++) {
                    s.a.data[c * k1 + a] = s.a.data[a * k1 + c];
                }
            }
            if (!s.solver.setA(s.a)) {
                throw new IllegalStateException("ALS normal equations are not positive definite at row " + r);
            }
            s.solver.solve(s.b, s.x);
            bias[r] = s.x.data[0];
            System.arraycopy(s.x.data, 1, factors, r * k, k);
        });
        return new Side(bias, factors);
    }

    /**
     * Over every column j of the fixed side, with {@code z_j = [1, factors_j]}: the lower triangle of
     * {@code sum z_j z_j'} into {@code gram} and {@code sum (target - bias_j) z_j} into {@code moment}.
     */
    private static void allColumns(Side fixed, int k, double target, double[] gram, double[] moment) {
        int k1 = k + 1;
        double[] z = new double[k1];
        z[0] = 1;
        for (int j = 0; j < fixed.bias().length; j++) {
            System.arraycopy(fixed.factors(), j * k, z, 1, k);
            double y = target - fixed.bias()[j];
            for (int a = 0; a < k1; a++) {
                moment[a] += y * z[a];
                int row = a * k1;
                for (int c = 0; c <= a; c++) {
                    gram[row + c] += z[a] * z[c];
                }
            }
        }
    }

    /** One block's work space. */
    private static final class Scratch {
        final DMatrixRMaj a;
        final DMatrixRMaj b;
        final DMatrixRMaj x;
        final double[] z;
        final LinearSolverDense<DMatrixRMaj> solver;

        Scratch(int k1) {
            a = new DMatrixRMaj(k1, k1);
            b = new DMatrixRMaj(k1, 1);
            x = new DMatrixRMaj(k1, 1);
            z = new double[k1];
            solver = LinearSolverFactory_DDRM.chol(k1);
        }
    }
}
