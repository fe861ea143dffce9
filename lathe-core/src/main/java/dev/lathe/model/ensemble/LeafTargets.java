package dev.lathe.model.ensemble;

import dev.lathe.model.tree.Tree;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training targets in every leaf of a regression forest, for quantile regression forests
 * (Meinshausen 2006, "Quantile Regression Forests", JMLR 7): a new row's conditional distribution gives
 * each training row the weight sum_t w_ti / W_t(leaf) / T over the trees t where both share a leaf, w_ti
 * being the row's in-bag weight in tree t; a quantile is read from that weighted distribution.
 */
final class LeafTargets {

    private final double[] sortedY;
    private final int[][] offsets;
    private final int[][] members;
    private final double[][] shares;

    private LeafTargets(double[] sortedY, int[][] offsets, int[][] members, double[][] shares) {
        this.sortedY = sortedY;
        this.offsets = offsets;
        this.members = members;
        this.shares = shares;
    }

    /** Records which training rows (by rank of target) each leaf holds and with what share of its weight. */
    static LeafTargets of(Grown grown, double[][] columns, double[] y) {
        int n = y.length;
        Integer[] byTarget = new Integer[n];
        Arrays.setAll(byTarget, i -> i);
        Arrays.sort(byTarget, (a, b) -> Double.compare(y[a], y[b]));
        int[] rank = new int[n];
        double[] sortedY = new double[n];
        for (int r = 0; r < n; r++) {
            rank[byTarget[r]] = r;
            sortedY[r] = y[byTarget[r]];
        }
        int trees = grown.trees().size();
        int[][] offsets = new int[trees][];
        int[][] members = new int[trees][];
        double[][] shares = new double[trees][];
        for (int t = 0; t < trees; t++) {
            Tree tree = grown.trees().get(t);
            double[] w = grown.rowWeights().get(t);
            int[] leaves = new int[n];
            for (int i = 0; i < n; i++) {
                leaves[i] = tree.leaf(columns, i);
            }
            int[] start = new int[tree.nodeCount() + 1];
            double[] leafWeight = new double[tree.nodeCount()];
            for (int i = 0; i < n; i++) {
                if (w[i] > 0) {
                    start[leaves[i] + 1]++;
                    leafWeight[leaves[i]] += w[i];
                }
            }
            for (int node = 0; node < tree.nodeCount(); node++) {
                start[node + 1] += start[node];
            }
            int[] fill = Arrays.copyOf(start, tree.nodeCount());
            int[] m = new int[start[tree.nodeCount()]];
            double[] s = new double[m.length];
            for (int i = 0; i < n; i++) {
                if (w[i] > 0) {
                    int at = fill[leaves[i]]++;
                    m[at] = rank[i];
                    s[at] = w[i] / leafWeight[leaves[i]];
                }
            }
            offsets[t] = start;
            members[t] = m;
            shares[t] = s;
        }
        return new LeafTargets(sortedY, offsets, members, shares);
    }

    /**
     * The {@code q}-quantile (0..1) of each row's conditional distribution: the smallest training target
     * whose cumulative weight reaches q.
     */
    double[] quantile(List<Tree> trees, double[][] columns, double q) {
        int rows = columns[0].length;
        int n = sortedY.length;
        double[] weight = new double[n];
        int[] touched = new int[n];
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            int count = 0;
            for (int t = 0; t < trees.size(); t++) {
                int leaf = trees.get(t).leaf(columns, i);
                for (int k = offsets[t][leaf]; k < offsets[t][leaf + 1]; k++) {
                    int r = members[t][k];
                    if (weight[r] == 0) {
                        touched[count++] = r;
                    }
                    weight[r] += shares[t][k];
                }
            }
            Arrays.sort(touched, 0, count);
            double target = q * trees.size();
            double cumulative = 0;
            out[i] = sortedY[touched[count - 1]];
            for (int k = 0; k < count; k++) {
                cumulative += weight[touched[k]];
                if (cumulative >= target - 1e-12) {
                    out[i] = sortedY[touched[k]];
                    break;
                }
            }
            for (int k = 0; k < count; k++) {
                weight[touched[k]] = 0;
            }
        }
        return out;
    }

    /** Saves the leaf contents under {@code out}. */
    void save(StepWriter out) {
        out.doubles("leaf_sorted_targets", sortedY);
        out.put("leaf_trees", offsets.length);
        for (int t = 0; t < offsets.length; t++) {
            out.ints("leaf_offsets" + t, offsets[t]);
            out.ints("leaf_members" + t, members[t]);
            out.doubles("leaf_shares" + t, shares[t]);
        }
    }

    /** Reads what {@link #save} wrote, checking every index against the trees. */
    static LeafTargets load(StepReader in, List<Tree> trees) {
        double[] sortedY = in.doubles("leaf_sorted_targets");
        int count = in.getInt("leaf_trees");
        if (count != trees.size()) {
            throw in.fail("has leaf targets for " + count + " trees, expected " + trees.size());
        }
        List<int[]> offsets = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        List<double[]> shares = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int[] o = in.ints("leaf_offsets" + t);
            int[] m = in.ints("leaf_members" + t);
            double[] s = in.doubles("leaf_shares" + t, m.length);
            boolean ok = o.length == trees.get(t).nodeCount() + 1 && o[0] == 0 && o[o.length - 1] == m.length;
            for (int k = 1; ok && k < o.length; k++) {
                ok = o[k] >= o[k - 1];
            }
            for (int k = 0; ok && k < m.length; k++) {
                ok = m[k] >= 0 && m[k] < sortedY.length;
            }
            if (!ok) {
                throw in.fail("has inconsistent leaf targets for tree " + t);
            }
            offsets.add(o);
            members.add(m);
            shares.add(s);
        }
        return new LeafTargets(sortedY, offsets.toArray(new int[0][]), members.toArray(new int[0][]),
                shares.toArray(new double[0][]));
    }
}
