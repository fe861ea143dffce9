package dev.lathe.cli;

import dev.lathe.tune.SearchListener;
import dev.lathe.tune.SearchProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line of a long hyperparameter search on standard error, redrawn in place after each trial:
 * {@code trial 7/20  best r2 0.812345  elapsed 0:12  ETA 0:23}. {@code lathe train --tune} shows it only
 * when standard error is a terminal and {@code --quiet} is not given.
 */
final class ProgressLine implements SearchListener {

    private final PrintWriter err;
    private boolean drawn;

    /** @param err where the line is drawn */
    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Whether to draw progress: not with {@code --quiet}, and only on a terminal. */
    static boolean wanted(boolean quiet) {
        return !quiet && System.console() != null;
    }

    @Override
    public void trialFinished(SearchProgress p) {
        err.print("\r" + format(p) + "   ");
        err.flush();
        drawn = true;
    }

    /** Ends the line once the search is over, when one was drawn. */
    void end() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    /** The line's text. */
    static String format(SearchProgress p) {
        String metric = p.trial().cv().metrics().get(0);
        String of = p.planned() > 0 ? "/" + p.planned() : "";
        String best = p.best() == null ? "none yet" : String.format(Locale.ROOT, "%.6g", p.best().mean(metric));
        double eta = p.etaSeconds();
        return String.format(Locale.ROOT, "trial %d%s  best %s %s  elapsed %s  ETA %s", p.done(), of, metric, best,
                clock(p.elapsedSeconds()), Double.isNaN(eta) ? "?" : clock(eta));
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
