package dev.lathe.cli;

import dev.lathe.explain.Explanation;
import dev.lathe.explain.PermutationImportance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The text output of {@code lathe explain}: the ranking per output and the largest contributions of a few rows. */
final class ExplanationText {

    /** Rows whose contributions are printed. */
    private static final int ROWS = 5;
    /** Contributions printed per row. */
    private static final int TOP = 5;

    private ExplanationText() {
    }

    static void print(PrintWriter out, Path model, Path data, Explanation e, int[] rows, PermutationImportance.Result pi) {
        out.printf(Locale.ROOT, "%s: %s SHAP values (%s) of %d rows of %s%n", model.getFileName(), e.method(),
                e.scale(), e.rowCount(), data.getFileName());
        for (int k = 0; k < e.outputs().size(); k++) {
            String label = e.outputs().size() > 1 ? " of class " + e.outputs().get(k) : "";
            out.printf(Locale.ROOT, "%nexpected value%s: %.6g%n", label, e.expectedValue()[k]);
            double[] imp = e.importance(k);
            int width = e.features().stream().mapToInt(String::length).max().orElse(6);
            out.printf(Locale.ROOT, "%-" + width + "s  mean |SHAP|%n", "column");
            for (int j : e.ranking(k)) {
                out.printf(Locale.ROOT, "%-" + width + "s  %.6g%n", e.features().get(j), imp[j]);
            }
            for (int i = 0; i < Math.min(ROWS, e.rowCount()); i++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "row %d: %.6g =", rows[i] + 1,
                        e.predictions()[k][i]));
                line.append(String.format(Locale.ROOT, " %.6g (expected)", e.expectedValue()[k]));
                double[] v = e.values()[k][i];
                Integer[] order = new Integer[v.length];
                for (int j = 0; j < v.length; j++) {
                    order[j] = j;
                }
                java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(v[b]), Math.abs(v[a])));
                double rest = 0;
                for (int r = 0; r < order.length; r++) {
                    if (r < TOP) {
                        line.append(String.format(Locale.ROOT, " %+.4g %s", v[order[r]], e.features().get(order[r])));
                    } else {
                        rest += v[order[r]];
                    }
                }
                if (order.length > TOP) {
                    line.append(String.format(Locale.ROOT, " %+.4g (%d others)", rest, order.length - TOP));
                }
                out.println(line);
            }
        }
        if (pi != null) {
            out.printf(Locale.ROOT, "%npermutation importance (%s, baseline %.6g): mean decrease, std%n", pi.metric(),
                    pi.baseline());
            double[] mean = pi.mean();
            double[] std = pi.std();
            for (int g = 0; g < mean.length; g++) {
                out.printf(Locale.ROOT, "%s  %.6g  %.6g%n", pi.columns().get(g), mean[g], std[g]);
            }
        }
    }
}
