package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Difference in differences from the four group means (Card and Krueger 1994, Table 3). Standard errors of
 * means are s / sqrt(n); groups are independent, so the standard errors of differences between groups add in
 * quadrature. A group's change (post - pre) subtracts twice the covariance of its two period means when a
 * unit column pairs the rows: Cov = m c / (n_pre n_post), with c the sample covariance of the m units seen in
 * both periods (for a balanced panel this is the standard error of the mean within-unit change).
 */
public final class DidMeans {

    private DidMeans() {
    }

    /** The table on every complete row of {@code data}. */
    public static DidTable of(Frame data, DidSpec spec) {
        return table(DidRows.of(data, spec), spec, false);
    }

    /** The table on units observed in both periods only; {@code spec} must name a unit column. */
    public static DidTable balanced(Frame data, DidSpec spec) {
        if (spec.unit() == null) {
            throw new IllegalArgumentException("a balanced sample needs a unit column");
        }
        DidRows all = DidRows.of(data, spec);
        Map<String, int[]> periods = new LinkedHashMap<>();
        for (int k = 0; k < all.y().length; k++) {
            periods.computeIfAbsent(all.unit()[k], u -> new int[2])[all.post()[k]]++;
        }
        boolean[] keep = new boolean[data.rowCount()];
        for (int k = 0; k < all.y().length; k++) {
            int[] c = periods.get(all.unit()[k]);
            keep[all.rows()[k]] = c[0] > 0 && c[1] > 0;
        }
        return table(DidRows.of(data.filter(keep), spec), spec, true);
    }

    /**
     * The table from four published (or otherwise summarised) cells, treated as independent samples: without unit
     * data the changes cannot use the pairing, so their standard errors are upper bounds for a panel.
     */
    public static DidTable of(CellMean controlPre, CellMean controlPost, CellMean treatedPre, CellMean treatedPost) {
        CellMean[][] m = {{controlPre, controlPost}, {treatedPre, treatedPost}};
        for (CellMean[] row : m) {
            for (CellMean c : row) {
                if (c == null || !(c.stdError() >= 0) || Double.isNaN(c.mean()) || c.n() < 1) {
                    throw new IllegalArgumentException("each cell needs a mean, a standard error >= 0 and n >= 1, got " + c);
                }
            }
        }
        return assemble(m, between(m[0][1], m[0][0]), between(m[1][1], m[1][0]), false, false,
                controlPre.n() + controlPost.n() + treatedPre.n() + treatedPost.n());
    }

    private static DidTable table(DidRows r, DidSpec spec, boolean balanced) {
        CellMean[][] m = new CellMean[2][2];
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 2; p++) {
                m[t][p] = CellMean.of(r.cell(t, p));
            }
        }
        return assemble(m, change(r, spec, 0, m[0]), change(r, spec, 1, m[1]), r.unit() != null, balanced,
                r.y().length);
    }

    private static DidTable assemble(CellMean[][] m, Contrast change0, Contrast change1, boolean paired,
                                     boolean balanced, int rows) {
        return new DidTable(m[0][0], m[0][1], m[1][0], m[1][1], between(m[1][0], m[0][0]), between(m[1][1], m[0][1]),
                change0, change1, new Contrast(change1.estimate() - change0.estimate(),
                        Math.hypot(change1.stdError(), change0.stdError())), paired, balanced, rows);
    }

    private static Contrast between(CellMean a, CellMean b) {
        return new Contrast(a.mean() - b.mean(), Math.hypot(a.stdError(), b.stdError()));
    }

    private static Contrast change(DidRows r, DidSpec spec, int group, CellMean[] m) {
        double variance = m[0].stdError() * m[0].stdError() + m[1].stdError() * m[1].stdError();
        if (r.unit() != null) {
            variance -= 2 * pairedCovariance(r, spec, group) / ((double) m[0].n() * m[1].n());
        }
        return new Contrast(m[1].mean() - m[0].mean(), Math.sqrt(variance));
    }

    /** m times the sample covariance of the pre and post values of the group's units seen in both periods. */
    private static double pairedCovariance(DidRows r, DidSpec spec, int group) {
        Map<String, double[]> byUnit = new LinkedHashMap<>();
        for (int k = 0; k < r.y().length; k++) {
            if (r.treated()[k] != group) {
                continue;
            }
            double[] v = byUnit.computeIfAbsent(r.unit()[k], u -> new double[] {Double.NaN, Double.NaN});
            int p = r.post()[k];
            if (!Double.isNaN(v[p])) {
                throw new IllegalArgumentException("unit '" + r.unit()[k] + "' (column '" + spec.unit() + "') has more than one row in the "
                        + (p == 1 ? "post" : "pre") + " period; the table of means pairs one row per unit and period"
                        + " (leave out the unit column, or use the regression)");
            }
            v[p] = r.y()[k];
        }
        List<double[]> pairs = new ArrayList<>();
        for (double[] v : byUnit.values()) {
            if (!Double.isNaN(v[0]) && !Double.isNaN(v[1])) {
                pairs.add(v);
            }
        }
        int n = pairs.size();
        if (n < 2) {
            return 0;
        }
        double a = 0;
        double b = 0;
        for (double[] v : pairs) {
            a += v[0];
            b += v[1];
        }
        a /= n;
        b /= n;
        double c = 0;
        for (double[] v : pairs) {
            c += (v[0] - a) * (v[1] - b);
        }
        return c / (n - 1) * n;
    }
}
