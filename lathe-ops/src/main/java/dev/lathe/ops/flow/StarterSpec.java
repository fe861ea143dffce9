package dev.lathe.ops.flow;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import java.util.List;
import java.util.Locale;

/**
 * The commented starter spec {@code lathe init DATA --target COL} writes: the design to fill in, the data with the
 * inferred column types, checks set from what the data holds now, a preparation chosen from the column types and
 * three candidates for the task, with a quick search. It reads back as a valid spec.
 */
public final class StarterSpec {

    private StarterSpec() {
    }

    /**
     * The spec's YAML text.
     *
     * @param data     the data, as read
     * @param dataPath the data file's path as the spec should give it (relative to the spec's folder)
     * @param target   the target column
     * @throws dev.lathe.frame.UnknownColumnException when the data has no such column
     */
    public static String yaml(Frame data, String dataPath, String target) {
        Column y = data.column(target);
        Task task = Task.of(y);
        boolean classification = task == Task.CLASSIFICATION;
        List<ColumnSummary> summaries = Describe.of(data);
        long classes = summaries.stream().filter(s -> s.name().equals(target)).findFirst().orElseThrow().distinct();
        String metric = !classification ? "r2 >= 0.5" : classes == 2 ? "roc_auc >= 0.8" : "accuracy >= 0.8";
        StringBuilder y1 = new StringBuilder();
        y1.append("# Flow spec written by 'lathe init' for ").append(dataPath).append(" (").append(data.rowCount())
                .append(" rows, ").append(data.columnCount()).append(" columns).\n")
                .append("# Run it with: lathe run THIS_FILE. Every key is described in docs/flow.md.\n")
                .append("seed: 0\n\n");
        y1.append("design:\n")
                .append("  use_case: TODO say what the model is for and who acts on its predictions\n")
                .append("  priority: medium              # low, medium, high or critical\n")
                .append("  owner: TODO team or person\n")
                .append("  success_metric: ").append(metric).append("    # on the held-out test rows\n")
                .append("  baseline: baseline            # the model to beat: the ")
                .append(classification ? "class frequencies" : "mean of the target").append("\n")
                .append("  # latency_ms: 5               # optional budget per predicted row\n")
                .append("  # model_size_mb: 50           # optional budget of the .lathe file\n\n");
        y1.append("data:\n")
                .append("  train: ").append(quoted(dataPath)).append("\n")
                .append("  # test: test.csv              # a separate test file; without it the split holds rows out\n")
                .append("  target: ").append(quoted(target)).append("     # ").append(task.label());
        if (classification) {
            y1.append(", ").append(classes).append(" classes");
        }
        y1.append("\n");
        String time = data.columns().stream().filter(c -> c.type() == ColumnType.TIMESTAMP).map(Column::name)
                .findFirst().orElse(null);
        if (time != null) {
            y1.append("  time: ").append(quoted(time)).append("\n");
        }
        y1.append("  types:                        # as inferred; change a type here to override it\n");
        for (Column c : data.columns()) {
            y1.append("    ").append(quoted(c.name())).append(": ").append(c.type().label()).append("\n");
        }
        double maxMissing = summaries.stream().mapToDouble(s -> (double) s.missing() / Math.max(1, data.rowCount()))
                .max().orElse(0);
        y1.append("\nchecks:                         # run first; the flow stops when one fails\n")
                .append("  min_rows: ").append(Math.max(1, data.rowCount() / 2)).append("\n")
                .append(String.format(Locale.ROOT, "  max_missing: %.2f              # share of missing values per "
                        + "column%n", Math.min(1, Math.ceil((maxMissing + 0.05) * 100) / 100)));
        if (classification) {
            y1.append("  min_rows_per_class: 10\n");
        }
        y1.append("\nsplit:\n  test_size: 0.2                # ")
                .append(time != null ? "the newest rows by the time column" : classification ? "stratified by class"
                        : "random rows").append("\n");
        y1.append("\nprep:                           # learned on training rows only, in this order\n");
        if (time != null) {
            y1.append("  - date_parts                  # year, month, weekday, hour... of timestamps\n")
                    .append("  - cyclic_encoder              # sine and cosine of hour, weekday, month\n");
        }
        if (has(data, target, ColumnType.CATEGORICAL) || has(data, target, ColumnType.BOOLEAN)) {
            y1.append("  - categorical_imputer\n")
                    .append("  - one_hot_encoder: {handle_unknown: ignore}\n");
        }
        y1.append("  - numeric_imputer: {strategy: median}\n")
                .append("  - standard_scaler\n");
        y1.append("\nmodels:                         # each searched in its default space unless 'space' is given\n");
        if (classification) {
            y1.append("  - logistic_regression:\n")
                    .append("      space:\n        C: {log_uniform: [0.01, 100]}\n");
        } else {
            y1.append("  - ridge:\n")
                    .append("      space:\n        alpha: {log_uniform: [0.001, 1000]}\n");
        }
        y1.append("  - random_forest: {params: {n_estimators: 50}}\n")
                .append("  - gradient_boosting\n");
        y1.append("\ntune:\n  method: random                # grid, random or bayes\n  trials: 5\n  folds: 3\n")
                .append("\nevaluate:\n  bootstrap: 1000               # resamples of the 95% intervals\n")
                .append("  explain: true                 # permutation importance on the test rows\n")
                .append("  curves: true                  # learning curve\n")
                .append("\noutput:\n  dir: run                      # run folder: report.html, model.lathe, "
                        + "model-card.md, metrics.json...\n");
        return y1.toString();
    }

    private static boolean has(Frame data, String target, ColumnType type) {
        return data.columns().stream().anyMatch(c -> c.type() == type && !c.name().equals(target));
    }

    private static String quoted(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "''") + "'";
    }
}
