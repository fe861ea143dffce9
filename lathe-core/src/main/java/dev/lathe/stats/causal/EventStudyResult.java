package dev.lathe.stats.causal;

import dev.lathe.stats.regression.OlsResult;
import dev.lathe.stats.regression.WaldTest;
import java.util.List;

/**
 * An event study: one coefficient per event time, the reference period (fixed at 0), the joint test that
 * every lead is 0 (parallel pre-trends), and the regression behind them.
 *
 * @param coefficients by event time, ascending, the reference left out
 * @param reference    the omitted event time (-1)
 * @param preTrend     the joint Wald test of all leads, or null when no lead was estimated
 * @param regression   the two-way fixed-effects fit with the event-time dummies
 */
public record EventStudyResult(List<EventCoefficient> coefficients, int reference, WaldTest preTrend,
                               OlsResult regression) {

    public EventStudyResult {
        coefficients = List.copyOf(coefficients);
    }

    /** The leads (event times below the reference). */
    public List<EventCoefficient> leads() {
        return coefficients.stream().filter(c -> c.eventTime() < reference).toList();
    }

    /** The lags (event times 0 and after). */
    public List<EventCoefficient> lags() {
        return coefficients.stream().filter(c -> c.eventTime() >= 0).toList();
    }
}
