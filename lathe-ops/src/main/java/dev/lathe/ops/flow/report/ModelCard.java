package dev.lathe.ops.flow.report;

import dev.lathe.eval.MetricEstimate;
import dev.lathe.ops.flow.FlowResult;
import dev.lathe.ops.flow.Verdict;
import dev.lathe.ops.flow.checks.CheckResult;
import dev.lathe.ops.flow.explain.Explanation;
import dev.lathe.ops.flow.spec.FlowSpec;
import java.util.Locale;

/**
 * The model card of a flow run ({@code model-card.md}, after Mitchell et al. 2019, "Model Cards for Model
 * Reporting"): intended use, data, metrics with confidence intervals, limitations, in Markdown.
 */
public final class ModelCard {

    private ModelCard() {
    }

    /** The card's Markdown. */
    public static String markdown(FlowResult r) {
        FlowSpec spec = r.spec();
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(spec.name()).append("\n\n");
        md.append("Verdict: **").append(FlowReport.verdictWord(r.verdict())).append("**\n\n");
        md.append("## Intended use\n\n").append(spec.design().useCase()).append("\n\n");
        md.append("- Owner: ").append(spec.design().owner()).append("\n");
        md.append("- Priority: ").append(spec.design().priority()).append("\n");
        md.append("- Success criterion: `").append(spec.design().success()).append("` on held-out rows, beating `")
                .append(spec.design().baseline()).append("`\n\n");
        md.append("## Data\n\n");
        md.append("- Training data: `").append(spec.data().train().label()).append("`, ")
                .append(r.train().rowCount()).append(" rows, ").append(r.train().columnCount()).append(" columns\n");
        md.append("- Target: `").append(spec.data().target()).append("`")
                .append(r.task() == null ? "" : " (" + r.task().label() + ")").append("\n");
        long failed = r.checks().stream().filter(c -> !c.passed()).count();
        md.append("- Data checks: ").append(r.checks().size() - failed).append(" passed, ").append(failed)
                .append(" failed\n");
        for (CheckResult c : r.checks()) {
            if (!c.passed()) {
                md.append("  - ").append(c.line()).append("\n");
            }
        }
        if (r.verdict() == Verdict.CHECKS_FAILED) {
            return md.append("\nNo model was trained: the data checks failed.\n").toString();
        }
        md.append("- Split: ").append(r.split().method()).append("; ").append(r.split().train().rowCount())
                .append(" training rows, ").append(r.split().test().rowCount()).append(" test rows\n\n");
        md.append("## Model\n\n");
        md.append("- ").append(r.chosen().candidate().model()).append(" with ").append(r.chosen().best().params())
                .append(", chosen among ").append(r.candidates().size()).append(" candidate(s) by ")
                .append(spec.tune().folds()).append("-fold cross-validated ").append(spec.rankingMetric()).append("\n");
        md.append("- Preparation: ").append(spec.prep() == null ? "the default preparation of `lathe train`"
                : String.join(" -> ", spec.prep().stream().map(s -> s.name()).toList())).append("\n\n");
        md.append("## Metrics on the held-out test rows\n\n");
        md.append("95% percentile bootstrap intervals, ").append(spec.evaluate().bootstrap()).append(" resamples.\n\n");
        md.append("| metric | value | lower | upper | baseline |\n|---|---|---|---|---|\n");
        for (MetricEstimate m : r.evaluation().evaluation().metrics()) {
            if (m.defined()) {
                md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f |%n", m.name(), m.value(),
                        m.interval().lower(), m.interval().upper(), m.baseline()));
            }
        }
        if (r.explanation() != null) {
            md.append("\n## What it relies on\n\n").append(r.explanation().method()).append(":\n\n");
            for (Explanation.Importance i : r.explanation().features().subList(0,
                    Math.min(5, r.explanation().features().size()))) {
                md.append(String.format(Locale.ROOT, "- `%s`: %.4f (sd %.4f)%n", i.feature(), i.mean(), i.sd()));
            }
        }
        md.append("\n## Limitations\n\n");
        md.append("- Measured on ").append(r.split().test().rowCount()).append(" test rows from the same source as the "
                + "training data; the intervals say how much the numbers could move on other rows of that source, "
                + "not on data that drifts away from it.\n");
        md.append("- Unseen categories and columns missing at prediction time are handled as the preparation steps "
                + "say; values outside the training ranges are extrapolated.\n");
        r.acceptance().failures().forEach(f -> md.append("- Not accepted: ").append(f).append("\n"));
        return md.toString();
    }
}
