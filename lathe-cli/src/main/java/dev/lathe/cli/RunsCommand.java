package dev.lathe.cli;

import dev.lathe.ops.tracking.Artifact;
import dev.lathe.ops.tracking.Lifecycle;
import dev.lathe.ops.tracking.Metric;
import dev.lathe.ops.tracking.Run;
import dev.lathe.ops.tracking.RunData;
import dev.lathe.ops.tracking.RunPage;
import dev.lathe.ops.tracking.RunQuery;
import dev.lathe.ops.tracking.TrackingStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lathe runs list|show|compare|delete|restore|gc}: the tracked runs of a store. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Tracked runs: list and search, show, compare, delete, restore, garbage-collect.")
final class RunsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lathe runs list}: search runs, newest first unless ordered otherwise. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List runs, filtered, ordered and paged.")
    int list(@Mixin StoreOptions store,
            @Option(names = "--experiment", paramLabel = "NAME", description = "Only this experiment (repeatable).")
            List<String> experiments,
            @Option(names = "--filter", paramLabel = "FILTER", description = "e.g. \"metrics.rmse < 0.8 and "
                    + "params.max_depth = '8'\" (see docs/tracking-and-registry.md).") String filter,
            @Option(names = "--order-by", paramLabel = "KEY [ASC|DESC]", description = "e.g. \"metrics.rmse ASC\" "
                    + "(repeatable).") List<String> orderBy,
            @Option(names = "--max", defaultValue = "100", description = "Runs per page (default ${DEFAULT-VALUE}).")
            int max,
            @Option(names = "--page-token", paramLabel = "TOKEN", description = "The page a previous list pointed to.")
            String pageToken,
            @Option(names = "--deleted", description = "List deleted runs instead of active ones.") boolean deleted,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        RunQuery query = RunQuery.of(filter).orderedBy(orderBy == null ? new String[0] : orderBy.toArray(String[]::new))
                .page(max, pageToken).in(experiments == null ? List.of() : experiments,
                        deleted ? Lifecycle.DELETED : Lifecycle.ACTIVE);
        RunPage page = store.open().search().search(query);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> runs = new ArrayList<>();
            page.runs().forEach(r -> runs.add(TrackingJson.run(r)));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("runs", runs);
            doc.put("next_page_token", page.nextPageToken());
            out.println(Json.write(doc));
        } else {
            out.printf(Locale.ROOT, "%-32s  %-24s  %-8s  %s%n", "RUN_ID", "NAME", "STATUS", "START");
            for (Run r : page.runs()) {
                out.printf(Locale.ROOT, "%-32s  %-24s  %-8s  %s%n", r.id(), r.name(), r.status(),
                        Instant.ofEpochMilli(r.startTime()));
            }
            if (page.nextPageToken() != null) {
                out.println("more: --page-token " + page.nextPageToken());
            }
        }
        out.flush();
        return 0;
    }

    /** {@code lathe runs show RUN_ID}: everything about one run. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a run: attributes, parameters, latest metrics, tags, artifacts.")
    int show(@Mixin StoreOptions store, @Parameters(paramLabel = "RUN_ID") String runId,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        TrackingStore s = store.open();
        Run run = s.runs().get(runId);
        RunData data = s.log().data(runId);
        List<Artifact> artifacts = s.artifacts().list(runId);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = TrackingJson.run(run);
            doc.put("params", data.params());
            Map<String, Object> metrics = new LinkedHashMap<>();
            data.metrics().forEach((k, m) -> metrics.put(k, Json.number(m.value())));
            doc.put("metrics", metrics);
            doc.put("tags", data.tags());
            List<Object> files = new ArrayList<>();
            artifacts.forEach(a -> files.add(Map.of("name", a.name(), "size_bytes", a.sizeBytes(), "sha256",
                    a.sha256())));
            doc.put("artifacts", files);
            out.println(Json.write(doc));
        } else {
            TrackingJson.run(run).forEach((k, v) -> {
                if (v != null) {
                    out.printf(Locale.ROOT, "%-16s %s%n", k, v);
                }
            });
            data.params().forEach((k, v) -> out.printf(Locale.ROOT, "param   %-24s %s%n", k, v));
            for (Metric m : data.metrics().values()) {
                out.printf(Locale.ROOT, "metric  %-24s %.6g (step %d)%n", m.key(), m.value(), m.step());
            }
            data.tags().forEach((k, v) -> out.printf(Locale.ROOT, "tag     %-24s %s%n", k, v));
            artifacts.forEach(a -> out.printf(Locale.ROOT, "artifact %-23s %d bytes sha256 %s%n", a.name(),
                    a.sizeBytes(), a.sha256()));
        }
        out.flush();
        return 0;
    }

    /**
     * {@code lathe runs compare RUN_ID RUN_ID...}: runs side by side, one column per run and one row per
     * parameter, latest metric and tag that any of them has (blank where a run lacks it); rows whose values
     * differ are marked.
     */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Compare runs side by side: parameters, latest metrics and tags; differing rows marked *.")
    int compare(@Mixin StoreOptions store, @Parameters(paramLabel = "RUN_ID", arity = "2..*") List<String> ids,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        TrackingStore s = store.open();
        List<RunData> data = ids.stream().map(id -> s.log().data(id)).toList();
        Map<String, List<String>> rows = new java.util.TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            int column = i;
            data.get(i).params().forEach((k, v) -> cell(rows, "params." + k, column, ids.size(), v));
            data.get(i).metrics().forEach((k, m) -> cell(rows, "metrics." + k, column, ids.size(),
                    String.format(Locale.ROOT, "%.6g", m.value())));
            data.get(i).tags().forEach((k, v) -> cell(rows, "tags." + k, column, ids.size(), v));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("runs", ids);
            doc.put("rows", rows);
            out.println(Json.write(doc));
        } else {
            int width = Math.max(8, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
            out.printf(Locale.ROOT, "  %-" + width + "s", "");
            ids.forEach(id -> out.printf(Locale.ROOT, "  %-32s", id));
            out.println();
            rows.forEach((key, values) -> {
                boolean differ = values.stream().distinct().count() > 1;
                out.printf(Locale.ROOT, "%s %-" + width + "s", differ ? "*" : " ", key);
                values.forEach(v -> out.printf(Locale.ROOT, "  %-32s", v == null ? "" : v));
                out.println();
            });
        }
        out.flush();
        return 0;
    }

    private static void cell(Map<String, List<String>> rows, String key, int column, int columns, String value) {
        rows.computeIfAbsent(key, k -> new ArrayList<>(java.util.Collections.nCopies(columns, (String) null)))
                .set(column, value);
    }

    /** {@code lathe runs delete RUN_ID...}: soft delete. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Soft-delete runs (restorable until gc).")
    int delete(@Mixin StoreOptions store, @Parameters(paramLabel = "RUN_ID", arity = "1..*") List<String> ids) {
        TrackingStore s = store.open();
        ids.forEach(id -> s.runs().delete(id));
        return done("deleted", ids);
    }

    /** {@code lathe runs restore RUN_ID...}: undo a soft delete. */
    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore soft-deleted runs.")
    int restore(@Mixin StoreOptions store, @Parameters(paramLabel = "RUN_ID", arity = "1..*") List<String> ids) {
        TrackingStore s = store.open();
        ids.forEach(id -> s.runs().restore(id));
        return done("restored", ids);
    }

    /** {@code lathe runs gc}: remove deleted runs' artifacts. */
    @Command(name = "gc", mixinStandardHelpOptions = true,
            description = "Remove the artifacts of deleted runs; they can no longer be restored.")
    int gc(@Mixin StoreOptions store) {
        return done("collected", store.open().artifacts().gc());
    }

    private int done(String what, List<String> ids) {
        PrintWriter out = spec.commandLine().getOut();
        ids.forEach(id -> out.println(what + " " + id));
        out.flush();
        return 0;
    }
}
