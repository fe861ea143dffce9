package dev.lathe.tune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only trial log of a {@link Search} (JSON lines): a header line naming the log's format and the
 * search's fingerprint, then one line per finished trial (number, hyperparameters, per-fold scores, sizes and
 * times, whether it was pruned), written and flushed as each trial finishes. No generator state is stored:
 * every proposer is a deterministic function of its seed (part of the fingerprint) and of the finished trials,
 * so re-feeding the logged trials to it reproduces its proposals.
 *
 * <p>Opening an existing log checks its fingerprint (the same space, proposer and seed, cross-validation,
 * pipeline and data, to the bit) and fails with a clear message when it differs. A last line cut short by an
 * interruption is dropped; any other line that is not a trial fails with its line number.
 */
final class TrialLog implements AutoCloseable {

    private static final String FORMAT = "lathe_trial_log";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<Integer, Trial> logged;
    private final Writer out;

    private TrialLog(Path file, Map<Integer, Trial> logged, Writer out) {
        this.file = file;
        this.logged = logged;
        this.out = out;
    }

    /**
     * Opens {@code file} to resume from it when it exists, else creates it with a header.
     *
     * @param fingerprint the search's fingerprint, which an existing log must carry
     * @param space       the space, to read hyperparameter values back as the types it proposes
     */
    static TrialLog open(Path file, String fingerprint, SearchSpace space) {
        try {
            Map<Integer, Trial> logged = new HashMap<>();
            if (Files.exists(file) && Files.size(file) > 0) {
                readExisting(file, fingerprint, space, logged);
            } else {
                Files.writeString(file, JSON.writeValueAsString(Map.of(FORMAT, 1, "fingerprint", fingerprint)) + "\n",
                        StandardCharsets.UTF_8);
            }
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new TrialLog(file, logged, out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot use trial log " + file + ": " + e.getMessage(), e);
        }
    }

    /** The logged trial numbered {@code number}, or null when it was not logged. */
    Trial trial(int number) {
        return logged.get(number);
    }

    /** How many trials the log held when it was opened. */
    int size() {
        return logged.size();
    }

    /** Appends {@code trial} and flushes it to the file. */
    synchronized void write(Trial trial) {
        try {
            out.write(JSON.writeValueAsString(toJson(trial)));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to trial log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close trial log " + file + ": " + e.getMessage(), e);
        }
    }

    private static void readExisting(Path file, String fingerprint, SearchSpace space, Map<Integer, Trial> logged)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        if (end < text.length()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(text.substring(0, end).getBytes(StandardCharsets.UTF_8).length); // a cut last line
            }
        }
        String[] lines = text.substring(0, end).split("\n");
        JsonNode header = parse(file, lines[0], 1);
        if (!header.has(FORMAT)) {
            throw new IllegalArgumentException("trial log " + file + " line 1: not a Lathe trial log header");
        }
        if (!fingerprint.equals(header.path("fingerprint").asText())) {
            throw new IllegalArgumentException("trial log " + file + " was written by another search (a different "
                    + "space, search method, seed, cross-validation, model or data); delete it to start afresh, or "
                    + "give another --trial-log file");
        }
        for (int i = 1; i < lines.length; i++) {
            JsonNode line = parse(file, lines[i], i + 1);
            try {
                Trial t = fromJson(line, space);
                logged.put(t.number(), t);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("trial log " + file + " line " + (i + 1) + ": not a trial: "
                        + e.getMessage(), e);
            }
        }
    }

    private static JsonNode parse(Path file, String line, int number) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("trial log " + file + " line " + number + ": not JSON", e);
        }
    }

    private static Map<String, Object> toJson(Trial trial) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("trial", trial.number());
        doc.put("params", trial.params());
        doc.put("pruned", trial.pruned());
        List<Map<String, Object>> folds = new ArrayList<>();
        for (FoldScores f : trial.cv().folds()) {
            Map<String, Object> fold = new LinkedHashMap<>();
            fold.put("fold", f.fold());
            fold.put("train_rows", f.trainRows());
            fold.put("test_rows", f.testRows());
            fold.put("test", scores(trial.cv().metrics(), f.test()));
            fold.put("train", scores(trial.cv().metrics(), f.train()));
            fold.put("fit_seconds", f.fitSeconds());
            fold.put("score_seconds", f.scoreSeconds());
            folds.add(fold);
        }
        doc.put("metrics", trial.cv().metrics());
        doc.put("folds", folds);
        return doc;
    }

    /** Scores in metric order; a score that is not finite as text, which JSON numbers cannot hold. */
    private static Map<String, Object> scores(List<String> metrics, Map<String, Double> scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String m : metrics) {
            Double v = scores.get(m);
            if (v != null) {
                out.put(m, Double.isFinite(v) ? v : v.toString());
            }
        }
        return out;
    }

    private static Trial fromJson(JsonNode doc, SearchSpace space) {
        List<String> metrics = new ArrayList<>();
        doc.get("metrics").forEach(m -> metrics.add(m.asText()));
        List<FoldScores> folds = new ArrayList<>();
        for (JsonNode f : doc.get("folds")) {
            folds.add(new FoldScores(f.get("fold").asInt(), f.get("train_rows").asInt(), f.get("test_rows").asInt(),
                    scores(f.get("test")), scores(f.get("train")), f.get("fit_seconds").asDouble(),
                    f.get("score_seconds").asDouble()));
        }
        return new Trial(doc.get("trial").asInt(), params(doc.get("params"), space), new CvResult(metrics, folds, null),
                doc.get("pruned").asBoolean());
    }

    private static Map<String, Double> scores(JsonNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().isTextual() ? Double.parseDouble(e.getValue().asText())
                    : e.getValue().doubleValue());
        }
        return out;
    }

    /** Hyperparameters as the space proposes them: a choice as the listed value, ranges as Double or Integer. */
    private static Map<String, Object> params(JsonNode node, SearchSpace space) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Dimension d = space.dimensions().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + e.getKey() + "' is not in the search space"));
            out.put(e.getKey(), value(d.distribution(), e.getValue()));
        }
        return out;
    }

    private static Object value(Distribution distribution, JsonNode v) {
        if (distribution instanceof Distribution.Choice choice) {
            for (Object c : choice.values()) {
                if (JSON.valueToTree(c).equals(v)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(v + " is not one of the choices " + choice.values());
        }
        return distribution instanceof Distribution.IntRange ? (Object) v.intValue() : (Object) v.doubleValue();
    }
}
