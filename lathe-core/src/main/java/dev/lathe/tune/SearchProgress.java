package dev.lathe.tune;

/**
 * Where a {@link Search} stands after one more finished trial.
 *
 * @param trial          the trial that just finished
 * @param done           trials finished so far, those taken from a resumed trial log included
 * @param planned        trials the search will run in all, or 0 when the proposer cannot tell
 * @param resumed        trials taken from the trial log instead of being run
 * @param best           the best trial so far by the first metric (resumed ones included)
 * @param elapsedSeconds time since this run of the search started
 */
public record SearchProgress(Trial trial, int done, int planned, int resumed, Trial best, double elapsedSeconds) {

    /**
     * Estimated seconds until the planned trials are done: the mean time of the trials run so far in this run
     * times the trials left; NaN when the plan is unknown.
     */
    public double etaSeconds() {
        int ran = done - resumed;
        if (planned <= 0 || ran <= 0) {
            return Double.NaN;
        }
        return elapsedSeconds / ran * Math.max(0, planned - done);
    }
}
