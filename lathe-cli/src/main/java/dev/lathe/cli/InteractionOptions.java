package dev.lathe.cli;

import dev.lathe.model.recommend.Interactions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options naming the columns of an interactions file, shared by the {@code lathe recommend} commands. */
final class InteractionOptions {

    @Option(names = "--user", paramLabel = "COLUMN", description = "Column of user ids (default: ${DEFAULT-VALUE}).")
    String user = "user";

    @Option(names = "--item", paramLabel = "COLUMN", description = "Column of item ids (default: ${DEFAULT-VALUE}).")
    String item = "item";

    @Option(names = "--value", paramLabel = "COLUMN",
            description = "Numeric column of ratings (als) or counts/weights (implicit_als, item_knn); default: every interaction counts 1.")
    String value;

    @Option(names = "--time", paramLabel = "COLUMN",
            description = "Numeric or timestamp column ordering interactions (for splits); default: row order.")
    String time;

    /** The interactions in {@code file}; a mistake is reported with the file's name. */
    Interactions read(Path file, DataOptions data) throws IOException {
        dev.lathe.frame.Frame frame = data.read(file);
        return about(file, () -> Interactions.from(frame, user, item, value, time));
    }

    /** Runs {@code work} on the interactions of {@code file}, putting the file's name before any input error. */
    static <T> T about(Path file, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The column names, for the model file's manifest. */
    Map<String, Object> columns() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", user);
        m.put("item", item);
        m.put("value", value);
        m.put("time", time);
        return m;
    }
}
