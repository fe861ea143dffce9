package dev.lathe.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Scores a list of metrics on a model's predictions (with bootstrap intervals) and on a baseline's. */
final class MetricEstimates {

    private MetricEstimates() {
    }

    /**
     * One estimate per metric.
     *
     * @param metrics  the metrics
     * @param rows     number of evaluation rows
     * @param modelOn  the model's predictions on given rows (indices, repeats allowed), paired with the truth
     * @param baseline the baseline's predictions on every row, paired with the truth
     */
    static <P> List<MetricEstimate> of(List<NamedMetric<P>> metrics, int rows, Function<int[], P> modelOn,
                                       P baseline, Bootstrap bootstrap) {
        P all = modelOn.apply(IntStream.range(0, rows).toArray());
        List<Interval> intervals = bootstrap.intervals(rows, metrics.size(), drawn -> {
            P p = modelOn.apply(drawn);
            return metrics.stream().mapToDouble(m -> m.scoreOrNaN(p)).toArray();
        });
        List<MetricEstimate> out = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            NamedMetric<P> metric = metrics.get(m);
            String reason = metric.undefined().apply(all);
            Interval interval = reason == null ? intervals.get(m) : new Interval(Double.NaN, Double.NaN, 0);
            out.add(new MetricEstimate(metric.name(), metric.greaterIsBetter(), metric.scoreOrNaN(all), interval,
                    metric.scoreOrNaN(baseline), reason));
        }
        return out;
    }
}
