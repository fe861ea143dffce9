package dev.lathe.explain;

import java.util.function.ToDoubleFunction;

/** Shapley values and Shapley interaction indices straight from their definitions, by enumerating coalitions. */
final class Shapley {

    private Shapley() {
    }

    /** phi_i = sum over S not holding i of |S|! (m - |S| - 1)! / m! (v(S + i) - v(S)). */
    static double[] values(int m, ToDoubleFunction<boolean[]> game) {
        double[] v = table(m, game);
        double[] phi = new double[m];
        for (int s = 0; s < (1 << m); s++) {
            int size = Integer.bitCount(s);
            for (int i = 0; i < m; i++) {
                if ((s & (1 << i)) == 0) {
                    phi[i] += factorial(size) * factorial(m - size - 1) / factorial(m) * (v[s | (1 << i)] - v[s]);
                }
            }
        }
        return phi;
    }

    /**
     * The Shapley interaction index split evenly: [i][j] = sum over S without i, j of
     * |S|! (m - |S| - 2)! / (2 (m - 1)!) (v(S+i+j) - v(S+i) - v(S+j) + v(S)); the diagonal is phi_i minus the
     * rest of its row.
     */
    static double[][] interactions(int m, ToDoubleFunction<boolean[]> game) {
        double[] v = table(m, game);
        double[] phi = values(m, game);
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i == j) {
                    continue;
                }
                for (int s = 0; s < (1 << m); s++) {
                    if ((s & (1 << i)) != 0 || (s & (1 << j)) != 0) {
                        continue;
                    }
                    int size = Integer.bitCount(s);
                    double w = factorial(size) * factorial(m - size - 2) / (2 * factorial(m - 1));
                    out[i][j] += w * (v[s | (1 << i) | (1 << j)] - v[s | (1 << i)] - v[s | (1 << j)] + v[s]);
                }
            }
            double rest = 0;
            for (int j = 0; j < m; j++) {
                rest += j == i ? 0 : out[i][j];
            }
            out[i][i] = phi[i] - rest;
        }
        return out;
    }

    private static double[] table(int m, ToDoubleFunction<boolean[]> game) {
        double[] v = new double[1 << m];
        for (int s = 0; s < v.length; s++) {
            boolean[] in = new boolean[m];
            for (int i = 0; i < m; i++) {
                in[i] = (s & (1 << i)) != 0;
            }
            v[s] = game.applyAsDouble(in);
        }
        return v;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
