package dev.lathe.explain;

import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Kernel SHAP (Lundberg and Lee 2017) for any model: SHAP values as the weighted least-squares fit of a linear
 * function of coalitions to the model's game {@code v(S) = sum_b w_b f(x_S, b_rest)} over background rows,
 * each coalition weighed by the Shapley kernel {@code (M - 1) / (C(M, |S|) |S| (M - |S|))}; the empty and full
 * coalitions are constraints (the values add up to {@code f(x) - v(empty)}). With at most
 * {@code exactUpTo} players every coalition is enumerated, which gives the Shapley values exactly; with more,
 * {@code samples} coalitions are drawn in complementary pairs, their size from the kernel's distribution and
 * the members uniformly, the same draw for every row. The columns of the explained rows are the players;
 * explain a pipeline's input columns to group the one-hot columns of a categorical input.
 *
 * @param samples   coalitions drawn when sampling (0: {@code 2 M + 2048}); at least 2 otherwise
 * @param exactUpTo enumerate every coalition up to this many players (default 10, at most 20)
 * @param seed      seed of the coalition draw
 */
public record KernelShap(int samples, int exactUpTo, long seed) {

    public KernelShap {
        if (samples < 0 || samples == 1) {
            throw new IllegalArgumentException("samples must be 0 (automatic) or at least 2, got " + samples);
        }
        if (exactUpTo < 0 || exactUpTo > 20) {
            throw new IllegalArgumentException("exact_up_to must be in [0, 20], got " + exactUpTo);
        }
    }

    /** Automatic sample size, exact up to 10 players, seed 0. */
    public KernelShap() {
        this(0, 10, 0);
    }

    /**
     * SHAP values of every row of {@code x} for output function {@code f} against {@code background} (which
     * must hold the columns of {@code x}).
     */
    public Explanation explain(ModelOutput f, Background background, Frame x) {
        if (background == null) {
            throw new IllegalArgumentException("no background data: Kernel SHAP needs background rows (for example a "
                    + "sample or a k-means summary of the training data)");
        }
        int m = x.columnCount();
        boolean exact = m <= exactUpTo || (m < 31 && (1L << m) - 2 <= effectiveSamples(m));
        Design design = exact ? enumerate(m) : sample(m);
        return AgnosticShap.explain(exact ? "kernel_exact" : "kernel", f, background, x,
                (game, row, expected, output) -> solve(design, game.values(row, design.coalitions), expected, output));
    }

    private int effectiveSamples(int m) {
        return samples == 0 ? 2 * m + 2048 : samples;
    }

    /** Coalitions with their regression weights. */
    private record Design(boolean[][] coalitions, double[] weights) {
    }

    private static Design enumerate(int m) {
        int count = (1 << m) - 2;
        boolean[][] z = new boolean[Math.max(count, 0)][m];
        double[] w = new double[z.length];
        for (int s = 1; s <= count; s++) {
            int size = Integer.bitCount(s);
            for (int j = 0; j < m; j++) {
                z[s - 1][j] = (s & (1 << j)) != 0;
            }
            w[s - 1] = (m - 1) / (binomial(m, size) * size * (m - size));
        }
        return new Design(z, w);
    }

    private Design sample(int m) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] sizeWeight = new double[m];
        double total = 0;
        for (int s = 1; s < m; s++) {
            sizeWeight[s] = (m - 1.0) / (s * (m - s));
            total += sizeWeight[s];
        }
        Map<java.util.BitSet, Integer> index = new HashMap<>();
        List<boolean[]> z = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        int[] order = new int[m];
        int pairs = Math.max(1, effectiveSamples(m) / 2);
        for (int draw = 0; draw < pairs; draw++) {
            double u = random.nextDouble() * total;
            int size = 1;
            while (size < m - 1 && u > sizeWeight[size]) {
                u -= sizeWeight[size];
                size++;
            }
            for (int j = 0; j < m; j++) {
                order[j] = j;
            }
            dev.lathe.math.Shuffle.inPlace(order, random);
            java.util.BitSet chosen = new java.util.BitSet(m);
            for (int j = 0; j < size; j++) {
                chosen.set(order[j]);
            }
            java.util.BitSet complement = (java.util.BitSet) chosen.clone();
            complement.flip(0, m);
            for (java.util.BitSet c : List.of(chosen, complement)) {
                Integer at = index.get(c);
                if (at == null) {
                    index.put(c, z.size());
                    boolean[] flags = new boolean[m];
                    c.stream().forEach(j -> flags[j] = true);
                    z.add(flags);
                    w.add(1.0);
                } else {
                    w.set(at, w.get(at) + 1);
                }
            }
        }
        return new Design(z.toArray(boolean[][]::new), w.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The constrained weighted least squares: with {@code d = f(x) - v(empty)} and the last player's value
     * {@code d - sum of the others}, fit {@code v(z) - v(empty) - z_M d} on {@code z_j - z_M}.
     */
    private static double[][] solve(Design design, double[][] v, double[] expected, double[] output) {
        int outputs = v.length;
        int m = design.coalitions.length == 0 ? 1 : design.coalitions[0].length;
        double[][] phi = new double[outputs][m];
        if (m == 1) {
            for (int k = 0; k < outputs; k++) {
                phi[k][0] = output[k] - expected[k];
            }
            return phi;
        }
        int q = m - 1;
        DMatrixRMaj a = new DMatrixRMaj(q, q);
        DMatrixRMaj b = new DMatrixRMaj(q, outputs);
        double[] e = new double[q];
        for (int c = 0; c < design.coalitions.length; c++) {
            boolean[] z = design.coalitions[c];
            double last = z[q] ? 1 : 0;
            for (int j = 0; j < q; j++) {
                e[j] = (z[j] ? 1 : 0) - last;
            }
            double w = design.weights[c];
            for (int i = 0; i < q; i++) {
                if (e[i] == 0) {
                    continue;
                }
                for (int j = 0; j < q; j++) {
                    a.add(i, j, w * e[i] * e[j]);
                }
                for (int k = 0; k < outputs; k++) {
                    double y = v[k][c] - expected[k] - last * (output[k] - expected[k]);
                    b.add(i, k, w * e[i] * y);
                }
            }
        }
        DMatrixRMaj solution = new DMatrixRMaj(q, outputs);
        if (!CommonOps_DDRM.solve(a, b, solution)) {
            DMatrixRMaj inverse = new DMatrixRMaj(q, q);
            CommonOps_DDRM.pinv(a, inverse);
            CommonOps_DDRM.mult(inverse, b, solution);
        }
        for (int k = 0; k < outputs; k++) {
            double rest = output[k] - expected[k];
            for (int j = 0; j < q; j++) {
                phi[k][j] = solution.get(j, k);
                rest -= phi[k][j];
            }
            phi[k][q] = rest;
        }
        return phi;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
