package dev.lathe.cli;

import dev.lathe.ops.alert.AlertConfig;
import dev.lathe.ops.alert.AlertEvent;
import dev.lathe.ops.alert.Alerting;
import dev.lathe.ops.alert.PrometheusScrape;
import dev.lathe.ops.alert.WindowMetrics;
import dev.lathe.ops.live.WindowResult;
import dev.lathe.ops.registry.ModelUri;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe monitor watch --server URL --rules rules.yaml}: reads a running server's {@code /metrics} at a fixed
 * interval, each read one window, and evaluates the alert rules on it outside the server; alerts go to standard
 * output (one JSON line each) and to the rules file's webhooks. A failed read is reported on standard error and
 * the watch goes on. {@code --log DIR --model MODEL} instead replays the rows a server logged, in windows of
 * {@code --window-rows}, each compared with the model's reference profile as the live monitor does.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Evaluate alert rules on a running server's /metrics, window after window, or on the rows",
                "a server logged (--log DIR --model MODEL), window by window against the model's reference profile."})
final class MonitorWatchCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
    URI server;

    @Option(names = "--log", paramLabel = "DIR", description = "A server's request log folder (lathe serve --monitor-log).")
    Path log;

    @Option(names = "--model", paramLabel = "MODEL", description = "With --log: the served model, " + ModelArgument.HELP)
    String model;

    @Option(names = "--name", paramLabel = "NAME", description = "With --log: the model's name on the server "
            + "(default: the model file's name without .lathe, or the registered name).")
    String name;

    @Option(names = "--window-rows", paramLabel = "N", defaultValue = "1000",
            description = "With --log: rows per window (default: ${DEFAULT-VALUE}).")
    int windowRows;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--rules", required = true, paramLabel = "FILE", description = "Alert rules (YAML).")
    Path rules;

    @Option(names = "--interval-seconds", paramLabel = "S", defaultValue = "30",
            description = "Time between reads (default: ${DEFAULT-VALUE}).")
    double intervalSeconds;

    @Option(names = "--windows", paramLabel = "N", defaultValue = "0",
            description = "Stop after N windows (default: ${DEFAULT-VALUE}, never).")
    int windows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (!(intervalSeconds > 0) || windows < 0) {
            throw new IllegalArgumentException("--interval-seconds must be positive and --windows 0 or more");
        }
        if ((server == null) == (log == null)) {
            throw new IllegalArgumentException("give exactly one of --server URL and --log DIR");
        }
        AlertConfig config = AlertConfig.read(rules);
        if (log != null) {
            return replay(config);
        }
        PrometheusScrape scrape = new PrometheusScrape(server);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Alerting alerting = Alerting.of(config, Map.of(), line -> {
            out.println(line);
            out.flush();
        });
        Duration interval = Duration.ofMillis(Math.round(intervalSeconds * 1000));
        for (int w = 1; windows == 0 || w <= windows; w++) {
            try {
                WindowMetrics window = scrape.scrape();
                List<AlertEvent> events = alerting.observe(window);
                err.println(status(w, window, events));
            } catch (IOException e) {
                err.println(Json.write(Map.of("event", "scrape_failed", "window", w, "error", String.valueOf(e.getMessage()))));
            }
            err.flush();
            if (windows == 0 || w < windows) {
                Thread.sleep(interval.toMillis());
            }
        }
        return 0;
    }

    /** Every full window of the logged rows, in order, through the rules. */
    private int replay(AlertConfig config) throws IOException {
        if (model == null || windowRows < 2) {
            throw new IllegalArgumentException("--log needs --model MODEL and --window-rows of at least 2");
        }
        FittedPipeline pipeline = FittedPipeline.load(ModelArgument.resolve(model, storeOptions));
        String served = name != null ? name : ModelUri.isModelUri(model) ? ModelUri.parse(model).name()
                : Path.of(model).getFileName().toString().replaceFirst("\\.lathe$", "");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Alerting alerting = Alerting.of(config, Map.of(), line -> {
            out.println(line);
            out.flush();
        });
        List<WindowResult> results = LoggedWindows.read(log, served, pipeline, windowRows);
        int w = 0;
        for (WindowResult r : results) {
            WindowMetrics window = new WindowMetrics(r.end(), r.metrics());
            err.println(status(++w, window, alerting.observe(window)));
        }
        if (results.isEmpty()) {
            err.println(Json.write(Map.of("event", "no_window", "error", "fewer than " + windowRows + " logged rows of "
                    + "model '" + served + "' in " + log)));
        }
        err.flush();
        return 0;
    }

    private static String status(int w, WindowMetrics window, List<AlertEvent> events) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "window");
        m.put("window", w);
        m.put("end", window.end().toString());
        m.put("metrics", window.values().size());
        m.put("alert_changes", events.size());
        return Json.write(m);
    }
}
