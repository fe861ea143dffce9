package dev.lathe.stats.quality;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.BoxplotStats;
import dev.lathe.stats.ColumnSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a numeric column's distribution says: {@code infinite_values} (left out of every statistic),
 * {@code skewed} (|skewness| at least {@link QualityOptions#skewness}) and {@code outliers} (values beyond
 * the Tukey fences of {@link BoxplotStats}; info below {@link QualityOptions#outlierWarning} of the finite
 * values, warning from it).
 */
final class NumericShape {

    private NumericShape() {
    }

    static List<Finding> of(ColumnSummary s, NumericColumn column, QualityOptions o) {
        if (s.type() != ColumnType.NUMERIC) {
            return List.of();
        }
        String name = s.name();
        List<Finding> out = new ArrayList<>();
        if (s.infinite() > 0) {
            out.add(new Finding("infinite_values", Severity.WARNING, List.of(name), s.infinite(), String.format(
                    Locale.ROOT, "column '%s' holds %d infinite values, left out of its statistics and of these checks: "
                            + "replace them (missing, or a cap) before modelling.", name, s.infinite())));
        }
        double skew = s.shape().skewness();
        if (Math.abs(skew) >= o.skewness()) {
            String transform = skew < 0 ? "reflect it or use a Yeo-Johnson transform"
                    : s.min() > 0 ? "a log or Box-Cox transform may help"
                    : s.min() == 0 ? "log(1 + x) may help" : "a Yeo-Johnson transform may help";
            out.add(new Finding("skewed", Severity.INFO, List.of(name), skew, String.format(Locale.ROOT,
                    "column '%s' is skewed (skewness %.2f): %s for linear models and distance-based methods.",
                    name, skew, transform)));
        }
        double[] values = column.toArray();
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                values[i] = Double.NaN;
            }
        }
        BoxplotStats box = BoxplotStats.of(values, o.fence());
        if (box.outlierCount() > 0) {
            double share = (double) box.outlierCount() / box.count();
            out.add(new Finding("outliers", share >= o.outlierWarning() ? Severity.WARNING : Severity.INFO,
                    List.of(name), share, String.format(Locale.ROOT, "column '%s' has %d values (%.1f%%) beyond the "
                            + "Tukey fences [%s, %s]: check them for errors; clip, transform or use robust methods.",
                            name, box.outlierCount(), 100 * share, fmt(box.lowerFence()), fmt(box.upperFence()))));
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
