package dev.lathe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lathe.frame.Frame;
import dev.lathe.monitor.DriftOptions;
import dev.lathe.monitor.ProfileDrift;
import dev.lathe.monitor.profile.ReferenceProfile;
import dev.lathe.ops.live.RequestLog;
import dev.lathe.ops.live.WindowResult;
import dev.lathe.ops.serve.MlflowRequest;
import dev.lathe.pipeline.FittedPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Windows of the rows a server logged ({@code lathe serve --monitor-log DIR}: {@code requests-NNNNNN.jsonl}, one
 * row per line) for one model, each compared with the model's reference profile as the server's live monitor
 * compares them: the inputs are read with the model's input schema (as {@code /invocations} reads them) and
 * predicted again, which gives the logged outputs, since the model is deterministic.
 */
final class LoggedWindows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoggedWindows() {
    }

    /**
     * The full windows of {@code rows} rows of model {@code name} in the log folder, oldest first (a last partial
     * window is left out, as the server would not have closed it by count).
     *
     * @throws IllegalArgumentException when the folder holds no log, a line is not JSON, or a row does not fit
     *                                  the model's inputs (naming the file and line)
     */
    static List<WindowResult> read(Path dir, String name, FittedPipeline model, int rows) throws IOException {
        ReferenceProfile profile = model.profile().orElseThrow(() -> new IllegalArgumentException(
                "the model has no reference profile (saved before profiles were kept); retrain it to watch its log"));
        List<Path> files = RequestLog.files(dir);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no request log (requests-NNNNNN.jsonl)");
        }
        ProfileDrift drift = new ProfileDrift(DriftOptions.defaults());
        List<WindowResult> out = new ArrayList<>();
        ArrayNode records = JSON.createArrayNode();
        Instant start = null;
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    JsonNode row;
                    try {
                        row = JSON.readTree(line);
                    } catch (IOException e) {
                        throw new IllegalArgumentException(file + " line " + number + ": not JSON: "
                                + e.getMessage().lines().findFirst().orElse(""), e);
                    }
                    if (!name.equals(row.path("model").asText()) || !(row.get("inputs") instanceof ObjectNode inputs)) {
                        continue;
                    }
                    Instant time = Instant.parse(row.path("time").asText(Instant.EPOCH.toString()));
                    start = start == null ? time : start;
                    records.add(inputs);
                    if (records.size() == rows) {
                        out.add(window(name, model, profile, drift, records, start, time, file, number));
                        records = JSON.createArrayNode();
                        start = null;
                    }
                }
            }
        }
        return out;
    }

    private static WindowResult window(String name, FittedPipeline model, ReferenceProfile profile, ProfileDrift drift,
                                       ArrayNode records, Instant start, Instant end, Path file, int line) {
        ObjectNode body = JSON.createObjectNode();
        body.set("dataframe_records", records);
        Frame inputs;
        try {
            inputs = MlflowRequest.read("application/json", body.toString().getBytes(StandardCharsets.UTF_8),
                    model.inputSchema(), records.size());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " (window ending on line " + line + "): " + e.getMessage(), e);
        }
        return new WindowResult(name, start, end, inputs.rowCount(), drift.detect(profile.features(), inputs),
                drift.detect(profile.predictions(), model.predict(inputs)));
    }
}
