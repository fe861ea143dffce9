package dev.lathe.cli;

import dev.lathe.ops.flow.FlowListener;
import dev.lathe.ops.flow.Stage;
import dev.lathe.tune.SearchProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress of {@code lathe run} on standard error: one line per stage ({@code [4/9] search}) with the stage's
 * notes, and during the search a bar redrawn in place after each trial (only on a terminal):
 * {@code logistic_regression 1/2 [#####-----] trial 3/5  best roc_auc 0.99  elapsed 0:02  ETA 0:03}.
 */
final class FlowProgress implements FlowListener {

    private static final int BAR = 20;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private boolean drawn;

    /**
     * @param err      where progress goes
     * @param terminal whether standard error is a terminal (the search bar is drawn only there)
     */
    FlowProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void stageStarted(Stage stage) {
        endBar();
        err.printf(Locale.ROOT, "[%d/%d] %s  (%.1f s)%n", stage.ordinal() + 1, Stage.values().length, stage.label(),
                (System.nanoTime() - start) / 1e9);
        err.flush();
    }

    @Override
    public void trialFinished(String candidate, int index, int count, SearchProgress p) {
        if (!terminal) {
            return;
        }
        int filled = p.planned() > 0 ? (int) Math.round(BAR * (double) p.done() / p.planned()) : 0;
        String bar = "#".repeat(Math.min(BAR, filled)) + "-".repeat(BAR - Math.min(BAR, filled));
        err.print(String.format(Locale.ROOT, "\r  %s %d/%d [%s] %s   ", candidate, index + 1, count, bar,
                ProgressLine.format(p)));
        err.flush();
        drawn = true;
    }

    @Override
    public void note(String line) {
        endBar();
        err.println("  " + line);
        err.flush();
    }

    private void endBar() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
