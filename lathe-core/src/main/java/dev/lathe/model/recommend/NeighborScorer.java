package dev.lathe.model.recommend;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * Item-to-item similarities, each item's most similar items by cosine, as rows of a sparse matrix; user u scores
 * item j as {@code sum_i value(u, i) sim(i, j)} over u's items i.
 */
public final class NeighborScorer implements Scorer {

    /** Step type in the model file. */
    public static final String TYPE = "item_neighbors";

    private final SparseRows similar;

    NeighborScorer(SparseRows similar) {
        this.similar = similar;
    }

    /** Each item's {@code neighbors} most similar other items (positive cosine only; ties by item number). */
    static NeighborScorer fit(SparseRows byUser, int neighbors) {
        SparseRows byItem = byUser.transpose();
        int items = byItem.rowCount();
        double[] norm = new double[items];
        for (int i = 0; i < items; i++) {
            for (int t = byItem.start(i); t < byItem.end(i); t++) {
                norm[i] += byItem.values()[t] * byItem.values()[t];
            }
            norm[i] = Math.sqrt(norm[i]);
        }
        int[][] kept = new int[items][];
        double[][] sims = new double[items][];
        RowBlocks.run(items, () -> new Accumulator(items), (i, acc) -> {
            double[] dots = acc.dots;
            int[] cols = byUser.columns();
            double[] vals = byUser.values();
            int touched = 0;
            for (int t = byItem.start(i); t < byItem.end(i); t++) {
                int u = byItem.columns()[t];
                double vi = byItem.values()[t];
                for (int s = byUser.start(u); s < byUser.end(u); s++) {
                    int j = cols[s];
                    if (!acc.seen[j]) {
                        acc.seen[j] = true;
                        acc.touched[touched++] = j;
                    }
                    dots[j] += vi * vals[s];
                }
            }
            for (int m = 0; m < touched; m++) {
                int j = acc.touched[m];
                dots[j] = j != i && norm[i] > 0 && norm[j] > 0 ? dots[j] / (norm[i] * norm[j]) : 0;
            }
            int[] top = TopN.select(dots, neighbors, null, 0, 0);
            int n = 0;
            while (n < top.length && dots[top[n]] > 0) {
                n++;
            }
            kept[i] = java.util.Arrays.copyOf(top, n);
            sims[i] = new double[n];
            for (int m = 0; m < n; m++) {
                sims[i][m] = dots[top[m]];
            }
            for (int m = 0; m < touched; m++) {
                dots[acc.touched[m]] = 0;
                acc.seen[acc.touched[m]] = false;
            }
        });
        return new NeighborScorer(pack(items, kept, sims));
    }

    private static SparseRows pack(int items, int[][] kept, double[][] sims) {
        int total = 0;
        for (int[] k : kept) {
            total += k.length;
        }
        int[] rows = new int[total];
        int[] cols = new int[total];
        double[] vals = new double[total];
        int at = 0;
        for (int i = 0; i < items; i++) {
            for (int m = 0; m < kept[i].length; m++) {
                rows[at] = i;
                cols[at] = kept[i][m];
                vals[at++] = sims[i][m];
            }
        }
        return SparseRows.of(items, items, rows, cols, vals);
    }

    /** The similarity of item j to item i when j is among i's neighbours, else 0. */
    public double similarity(int i, int j) {
        int at = java.util.Arrays.binarySearch(similar.columns(), similar.start(i), similar.end(i), j);
        return at >= 0 ? similar.values()[at] : 0;
    }

    @Override
    public void score(int user, SparseRows history, double[] scores) {
        java.util.Arrays.fill(scores, 0);
        for (int t = history.start(user); t < history.end(user); t++) {
            int i = history.columns()[t];
            double v = history.values()[t];
            for (int s = similar.start(i); s < similar.end(i); s++) {
                scores[similar.columns()[s]] += v * similar.values()[s];
            }
        }
    }

    @Override
    public boolean matches(int users, int items) {
        return similar.rowCount() == items;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("items", similar.rowCount());
        out.ints("offsets", similar.offsets()).ints("neighbors", similar.columns()).doubles("similarities",
                similar.values());
    }

    /** Reads what {@link #save} wrote. */
    public static NeighborScorer load(StepReader in) {
        int items = in.getInt("items");
        int[] offsets = in.ints("offsets");
        int[] cols = in.ints("neighbors");
        double[] vals = in.doubles("similarities", cols.length);
        if (offsets.length != items + 1 || offsets[0] != 0 || offsets[items] != cols.length) {
            throw in.fail("has neighbour offsets that do not match its " + items + " items");
        }
        int[] rows = new int[cols.length];
        for (int i = 0; i < items; i++) {
            if (offsets[i + 1] < offsets[i]) {
                throw in.fail("has neighbour offsets that decrease at item " + i);
            }
            for (int t = offsets[i]; t < offsets[i + 1]; t++) {
                if (cols[t] < 0 || cols[t] >= items) {
                    throw in.fail("has a neighbour outside its " + items + " items: " + cols[t]);
                }
                rows[t] = i;
            }
        }
        return new NeighborScorer(SparseRows.of(items, items, rows, cols, vals));
    }

    /** One block's work space: dot products with every item and the items touched so far. */
    private static final class Accumulator {
        final double[] dots;
        final boolean[] seen;
        final int[] touched;

        Accumulator(int items) {
            dots = new double[items];
            seen = new boolean[items];
            touched = new int[items];
        }
    }
}
