package dev.lathe.stats.regression;

import dev.lathe.frame.Column;
import dev.lathe.stats.formula.DesignMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One set of fixed effects absorbed by the within transformation: the response and every design column are
 * demeaned within each group and the intercept is dropped, which gives the same slope coefficients, residuals
 * and (with the group count added to the parameter count) the same standard errors as a dummy per group
 * (Frisch-Waugh-Lovell), at a cost linear in the rows instead of quadratic in the groups.
 *
 * @param design   the demeaned design, without intercept
 * @param groups   the number of groups absorbed (parameters the dummies would have taken)
 * @param leverage the leverage of each row in the dummies' projection, 1 / (rows of its group)
 */
record FixedEffects(DesignMatrix design, int groups, double[] leverage) {

    /** Absorbs the groups of {@code column} (indexed by frame row) from design {@code d}. */
    static FixedEffects absorb(DesignMatrix d, Column column) {
        int n = d.n();
        Map<String, Integer> ids = new LinkedHashMap<>();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = ids.computeIfAbsent(column.format(d.rows()[i]), g -> ids.size());
        }
        int g = ids.size();
        int[] size = new int[g];
        for (int id : group) {
            size[id]++;
        }
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int j = 0; j < d.p(); j++) {
            if (!d.names().get(j).equals("Intercept")) {
                names.add(d.names().get(j));
                columns.add(demean(d.columns()[j], group, size));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("nothing is left to estimate once the effects of '" + column.name()
                    + "' are absorbed");
        }
        double[] leverage = new double[n];
        for (int i = 0; i < n; i++) {
            leverage[i] = 1.0 / size[group[i]];
        }
        DesignMatrix within = new DesignMatrix(d.responseName(), names, columns.toArray(new double[0][]),
                new double[columns.size()][], demean(d.response(), group, size), d.rows(), d.droppedRows(), false);
        return new FixedEffects(within, g, leverage);
    }

    private static double[] demean(double[] v, int[] group, int[] size) {
        double[] mean = new double[size.length];
        for (int i = 0; i < v.length; i++) {
            mean[group[i]] += v[i];
        }
        for (int k = 0; k < mean.length; k++) {
            mean[k] /= size[k];
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - mean[group[i]];
        }
        return out;
    }
}
