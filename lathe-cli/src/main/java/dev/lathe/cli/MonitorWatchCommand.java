package dev.lathe.cli;

import dev.lathe.ops.alert.AlertConfig;
import dev.lathe.ops.alert.AlertEvent;
import dev.lathe.ops.alert.Alerting;
import dev.lathe.ops.alert.PrometheusScrape;
import dev.lathe.ops.alert.WindowMetrics;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe monitor watch --server URL --rules rules.yaml}: reads a running server's {@code /metrics} at a fixed
 * interval, each read one window, and evaluates the alert rules on it outside the server; alerts go to standard
 * output (one JSON line each) and to the rules file's webhooks. A failed read is reported on standard error and
 * the watch goes on.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Evaluate alert rules on a running server's /metrics, window after window.")
final class MonitorWatchCommand implements Callable<Integer> {

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
    URI server;

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
    public Integer call() throws InterruptedException {
        if (!(intervalSeconds > 0) || windows < 0) {
            throw new IllegalArgumentException("--interval-seconds must be positive and --windows 0 or more");
        }
        AlertConfig config = AlertConfig.read(rules);
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
