package dev.lathe.stats.causal;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete rows of a difference-in-differences design, checked: every group meets every period with at
 * least two rows. Rows missing the outcome, treated, post, unit or time value are left out.
 *
 * @param rows    the kept frame rows
 * @param y       outcome of each kept row
 * @param treated 0/1 group of each kept row
 * @param post    0/1 period of each kept row
 * @param unit    unit label of each kept row, or null without a unit column
 */
record DidRows(int[] rows, double[] y, byte[] treated, byte[] post, String[] unit) {

    static DidRows of(Frame data, DidSpec spec) {
        double[] y = Indicators.numeric(data, "outcome", spec.outcome());
        byte[] t = Indicators.read(data, "treated", spec.treated());
        byte[] p = Indicators.read(data, "post", spec.post());
        Column unit = spec.unit() == null ? null : data.column(spec.unit());
        Column time = spec.time() == null ? null : data.column(spec.time());
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            boolean complete = !Double.isNaN(y[i]) && t[i] != Indicators.MISSING && p[i] != Indicators.MISSING
                    && (unit == null || !unit.isMissing(i)) && (time == null || !time.isMissing(i));
            if (complete) {
                keep.add(i);
            }
        }
        int n = keep.size();
        int[] rows = new int[n];
        double[] ky = new double[n];
        byte[] kt = new byte[n];
        byte[] kp = new byte[n];
        String[] ku = unit == null ? null : new String[n];
        int[][] counts = new int[2][2];
        for (int k = 0; k < n; k++) {
            int i = keep.get(k);
            rows[k] = i;
            ky[k] = y[i];
            kt[k] = t[i];
            kp[k] = p[i];
            if (ku != null) {
                ku[k] = unit.format(i);
            }
            counts[kt[k]][kp[k]]++;
        }
        check(spec, counts, n, data.rowCount());
        return new DidRows(rows, ky, kt, kp, ku);
    }

    /** Values of the cell (group {@code t}, period {@code p}). */
    double[] cell(int t, int p) {
        int n = 0;
        for (int k = 0; k < y.length; k++) {
            if (treated[k] == t && post[k] == p) {
                n++;
            }
        }
        double[] out = new double[n];
        int j = 0;
        for (int k = 0; k < y.length; k++) {
            if (treated[k] == t && post[k] == p) {
                out[j++] = y[k];
            }
        }
        return out;
    }

    private static void check(DidSpec spec, int[][] counts, int n, int total) {
        String where = " (among " + n + " complete rows of " + total + ")";
        if (counts[1][0] + counts[1][1] == 0) {
            throw new IllegalArgumentException("no treated rows: column '" + spec.treated() + "' is never 1" + where);
        }
        if (counts[0][0] + counts[0][1] == 0) {
            throw new IllegalArgumentException("no control rows: column '" + spec.treated() + "' is never 0" + where);
        }
        if (counts[0][0] + counts[1][0] == 0) {
            throw new IllegalArgumentException("no pre-period rows: column '" + spec.post() + "' is never 0" + where);
        }
        if (counts[0][1] + counts[1][1] == 0) {
            throw new IllegalArgumentException("no post-period rows: column '" + spec.post() + "' is never 1" + where);
        }
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 2; p++) {
                if (counts[t][p] < 2) {
                    throw new IllegalArgumentException("the " + (t == 1 ? "treated" : "control") + " group has "
                            + counts[t][p] + " row(s) in the " + (p == 1 ? "post" : "pre") + " period ('"
                            + spec.treated() + "' = " + t + ", '" + spec.post() + "' = " + p
                            + "); each group needs at least 2 rows in each period");
                }
            }
        }
    }
}
