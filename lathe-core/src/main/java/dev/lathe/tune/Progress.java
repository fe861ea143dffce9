package dev.lathe.tune;

/**
 * The running count, best trial and clock of one {@link Search} run, which tells its {@link SearchListener};
 * thread-safe.
 */
final class Progress {

    private final SearchListener listener;
    private final int planned;
    private final Scorer ranking;
    private final long start = System.nanoTime();
    private int done;
    private int resumed;
    private Trial best;

    /**
     * @param listener told of each finished trial, or null
     * @param planned  trials planned in all, 0 when unknown
     * @param ranking  the metric that decides the best trial
     */
    Progress(SearchListener listener, int planned, Scorer ranking) {
        this.listener = listener;
        this.planned = planned;
        this.ranking = ranking;
    }

    /** Counts a trial taken from the trial log. */
    synchronized void resumed(Trial trial) {
        done++;
        resumed++;
        consider(trial);
    }

    /** Counts a trial run now and tells the listener. */
    synchronized void finished(Trial trial) {
        done++;
        consider(trial);
        if (listener != null) {
            listener.trialFinished(new SearchProgress(trial, done, planned, resumed, best,
                    (System.nanoTime() - start) / 1e9));
        }
    }

    private void consider(Trial trial) {
        if (trial.pruned()) {
            return;
        }
        double m = trial.mean(ranking.name());
        if (Double.isNaN(m)) {
            return;
        }
        if (best == null || (ranking.greaterIsBetter() ? m > best.mean(ranking.name()) : m < best.mean(ranking.name()))) {
            best = trial;
        }
    }
}
