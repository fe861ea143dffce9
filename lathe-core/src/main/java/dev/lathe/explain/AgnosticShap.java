package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;

/**
 * What Kernel SHAP and permutation SHAP share: the game of every explained row against the background,
 * the expected value and outputs, rows solved in parallel (one row per chunk, so results do not depend on
 * threads), and the explanation assembled in the columns of the explained rows.
 */
final class AgnosticShap {

    /** Solves one row: {@code result[k][j]}, the SHAP value of player j for output k. */
    interface RowSolver {
        double[][] solve(CoalitionGame game, int row, double[] expected, double[] output);
    }

    private AgnosticShap() {
    }

    static Explanation explain(String method, ModelOutput f, Background background, Frame x, RowSolver solver) {
        if (x.columnCount() == 0 || x.rowCount() == 0) {
            throw new IllegalArgumentException("nothing to explain: the rows have " + x.rowCount() + " rows and "
                    + x.columnCount() + " columns");
        }
        CoalitionGame game = new CoalitionGame(f, background, x);
        double[] expected = game.expected();
        double[][] predictions = f.apply(x);
        int outputs = expected.length;
        double[][][] values = new double[outputs][x.rowCount()][];
        Chunks.run(x.rowCount(), i -> {
            double[] output = new double[outputs];
            for (int k = 0; k < outputs; k++) {
                output[k] = predictions[k][i];
            }
            double[][] phi = solver.solve(game, i, expected, output);
            for (int k = 0; k < outputs; k++) {
                values[k][i] = phi[k];
            }
        });
        return new Explanation(method, f.scale(), f.names(), x.names(), expected, predictions, values, x);
    }
}
