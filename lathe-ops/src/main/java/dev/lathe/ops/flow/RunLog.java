package dev.lathe.ops.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The log of a run ({@code run.log} in the run folder): each stage and note with the seconds since the start,
 * also passed on to the run's listener.
 */
final class RunLog {

    private final FlowListener listener;
    private final Timings timings;
    private final List<String> lines = new ArrayList<>();

    RunLog(FlowListener listener, Timings timings) {
        this.listener = listener;
        this.timings = timings;
    }

    /** Starts {@code stage}. */
    void stage(Stage stage) {
        timings.start(stage);
        lines.add(stamp() + "stage " + stage.label());
        listener.stageStarted(stage);
    }

    /** Records a note. */
    void note(String line) {
        lines.add(stamp() + "  " + line);
        listener.note(line);
    }

    /** The log's text. */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    private String stamp() {
        return String.format(Locale.ROOT, "[%8.3f s] ", timings.elapsedSeconds());
    }
}
