package dev.lathe.explain;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * The game model-agnostic SHAP explains for one row x: {@code v(S) = sum_b w_b f(x_S, b_rest)}, the model
 * output averaged over background rows b with the columns in S taken from x. Many coalitions are evaluated
 * with one call of the model on all their hybrid rows.
 */
final class CoalitionGame {

    private final ModelOutput f;
    private final double[] weights;
    private final Frame both;
    private final int backgroundRows;
    private final int players;

    /**
     * @param f          the model output
     * @param background background rows, with at least the columns of {@code x}
     * @param x          the rows to explain; each column is a player
     */
    CoalitionGame(ModelOutput f, Background background, Frame x) {
        this.f = f;
        this.weights = background.weights();
        this.backgroundRows = background.size();
        this.both = background.rows().select(x.names()).concat(x);
        this.players = x.columnCount();
    }

    /** Number of players (columns). */
    int players() {
        return players;
    }

    /** {@code v(empty)}: the weighted mean output over the background, per output. */
    double[] expected() {
        double[][] all = f.apply(both.take(java.util.stream.IntStream.range(0, backgroundRows).toArray()));
        double[] out = new double[all.length];
        for (int k = 0; k < all.length; k++) {
            for (int b = 0; b < backgroundRows; b++) {
                out[k] += weights[b] * all[k][b];
            }
        }
        return out;
    }

    /** {@code result[k][c]}: v of coalition {@code coalitions[c]} (one flag per player) for row {@code row}. */
    double[][] values(int row, boolean[][] coalitions) {
        int n = backgroundRows;
        int count = coalitions.length;
        if (count == 0) {
            return new double[f.names().size()][0];
        }
        List<Column> columns = new ArrayList<>(players);
        for (int j = 0; j < players; j++) {
            int[] index = new int[count * n];
            for (int c = 0; c < count; c++) {
                boolean present = coalitions[c][j];
                for (int b = 0; b < n; b++) {
                    index[c * n + b] = present ? n + row : b;
                }
            }
            columns.add(both.column(j).take(index));
        }
        double[][] out = f.apply(Frame.of(columns));
        double[][] v = new double[out.length][count];
        for (int k = 0; k < out.length; k++) {
            for (int c = 0; c < count; c++) {
                double s = 0;
                for (int b = 0; b < n; b++) {
                    s += weights[b] * out[k][c * n + b];
                }
                v[k][c] = s;
            }
        }
        return v;
    }
}
