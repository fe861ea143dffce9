package dev.lathe.stats.causal;

/**
 * The effect at one event time (periods since the treatment started: negative = leads, 0 = the first treated
 * period, positive = lags), relative to the reference period -1.
 *
 * @param eventTime periods since the start; an end bin holds this and every time beyond it
 * @param estimate  the coefficient
 * @param stdError  its standard error
 * @param pValue    two-sided p-value
 * @param ciLow     lower end of the 95% interval
 * @param ciHigh    upper end of the 95% interval
 * @param rows      treated rows at this event time
 */
public record EventCoefficient(int eventTime, double estimate, double stdError, double pValue, double ciLow,
                               double ciHigh, int rows) {
}
