package dev.lathe.stats.quality;

import dev.lathe.stats.ColumnSummary;
import java.util.List;
import java.util.Locale;

/**
 * The class balance of a classification target (see {@link DataQuality} for when a target is one):
 * {@code single_class} when only one class is present, {@code class_imbalance} when the rarest class holds
 * less than {@link QualityOptions#minorityShare} of the present rows.
 */
final class ClassImbalance {

    private ClassImbalance() {
    }

    static List<Finding> of(ColumnSummary target, Labels labels, QualityOptions o) {
        long[] counts = new long[labels.count()];
        long present = 0;
        for (int code : labels.codes()) {
            if (code >= 0) {
                counts[code]++;
                present++;
            }
        }
        int classes = 0;
        int rarest = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                classes++;
                rarest = rarest < 0 || counts[c] < counts[rarest] ? c : rarest;
            }
        }
        String name = target.name();
        if (classes == 1) {
            return List.of(new Finding("single_class", Severity.CRITICAL, List.of(name), 1.0, "target '" + name
                    + "' has a single class ('" + target.mode() + "'): a classifier cannot be trained on it."));
        }
        double share = classes == 0 ? Double.NaN : (double) counts[rarest] / present;
        if (!(share < o.minorityShare())) {
            return List.of();
        }
        return List.of(new Finding("class_imbalance", Severity.WARNING, List.of(name), share, String.format(
                Locale.ROOT, "the rarest class of target '%s' holds %d of %d rows (%.1f%%): use stratified splits, "
                        + "class weights or resampling, and judge models by ROC AUC, PR AUC or balanced accuracy.",
                name, counts[rarest], present, 100 * share)));
    }
}
