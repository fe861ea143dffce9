package dev.lathe.stats.quality;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.Correlation;
import dev.lathe.stats.CorrelationMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pairs of numeric features with |Pearson r| at least {@link QualityOptions#correlation}
 * ({@code correlated_pair}), through {@link CorrelationMatrix} (pairwise complete rows; infinities are
 * treated as missing here). The target, when given, is left out: a feature close to it is leakage, not
 * redundancy.
 */
final class CorrelatedPairs {

    private CorrelatedPairs() {
    }

    static List<Finding> of(Frame frame, String target, QualityOptions o) {
        List<Column> numeric = new ArrayList<>();
        for (Column c : frame.columns()) {
            if (c.type() == ColumnType.NUMERIC && !c.name().equals(target)) {
                double[] v = ((NumericColumn) c).toArray();
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.isInfinite(v[i]) ? Double.NaN : v[i];
                }
                numeric.add(NumericColumn.wrap(c.name(), v));
            }
        }
        if (numeric.size() < 2) {
            return List.of();
        }
        CorrelationMatrix m = CorrelationMatrix.of(Frame.of(numeric), Correlation.Method.PEARSON);
        double[][] r = m.statistic();
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < r.length; a++) {
            for (int b = a + 1; b < r.length; b++) {
                if (Math.abs(r[a][b]) >= o.correlation()) {
                    String x = m.names().get(a);
                    String y = m.names().get(b);
                    out.add(new Finding("correlated_pair", Severity.INFO, List.of(x, y), r[a][b], String.format(
                            Locale.ROOT, "columns '%s' and '%s' are highly correlated (Pearson r %.3f): keep one, or "
                                    + "combine them, for linear models and stable importances.", x, y, r[a][b])));
                }
            }
        }
        return out;
    }
}
