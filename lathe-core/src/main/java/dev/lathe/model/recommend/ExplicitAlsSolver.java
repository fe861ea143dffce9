package dev.lathe.model.recommend;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** The alternating exact ridge solves of {@link ExplicitAls}. */
final class ExplicitAlsSolver {

    private ExplicitAlsSolver() {
    }

    /** Bias and factors of one side (users or items), row after row. */
    record Side(double[] bias, double[] factors) {
    }

    static FactorScorer fit(ExplicitAls config, SparseRows byUser) {
        int k = config.factors();
        SparseRows byItem = byUser.transpose();
        double mean = mean(byUser.values());
        Random random = new Random(config.seed());
        double[] itemFactors = new double[byItem.rowCount() * k];
        for (int t = 0; t < itemFactors.length; t++) {
            itemFactors[t] = 0.1 * random.nextGaussian();
        }
        Side items = new Side(new double[byItem.rowCount()], itemFactors);
        Side users = null;
        for (int it = 0; it < config.iterations(); it++) {
            users = solve(byUser, mean, items, k, config.regularization());
            items = solve(byItem, mean, users, k, config.regularization());
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
     * Every row's exact minimiser of its squared error plus {@code lambda * n_row * (bias^2 + |factors|^2)}, with
     * the other side fixed: a ridge regression of {@code value - mean - fixed bias} on {@code [1, fixed factors]}.
     */
    static Side solve(SparseRows rows, double mean, Side fixed, int k, double lambda) {
        int n = rows.rowCount();
        int k1 = k + 1;
        double[] bias = new double[n];
        double[] factors = new double[n * k];
        int[] cols = rows.columns();
        double[] vals = rows.values();
        RowBlocks.run(n, () -> new Scratch(k1), (r, s) -> {
            java.util.Arrays.fill(s.a.data, 0);
            java.util.Arrays.fill(s.b.data, 0);
            double[] z = s.z;
            z[0] = 1;
            for (int t = rows.start(r); t < rows.end(r); t++) {
                int j = cols[t];
                System.arraycopy(fixed.factors(), j * k, z, 1, k);
                double y = vals[t] - mean - fixed.bias()[j];
                for (int a = 0; a < k1; a++) {
                    s.b.data[a] += y * z[a];
                    int row = a * k1;
                    for (int c = 0; c <= a; c++) {
                        s.a.data[row + c] += z[a] * z[c];
                    }
                }
            }
            double ridge = lambda * (rows.end(r) - rows.start(r));
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
