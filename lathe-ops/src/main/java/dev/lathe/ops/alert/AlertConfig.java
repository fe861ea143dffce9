package dev.lathe.ops.alert;

import dev.lathe.ops.flow.spec.Fields;
import dev.lathe.ops.flow.spec.Problems;
import dev.lathe.tune.YamlNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rules file: alert rules and the webhooks that hear about them. Every problem (unknown key, bad condition,
 * duplicate name, a URL that is not http) is reported at once with its line:
 * <pre>
 * rules:
 *   - name: inputs drifted
 *     metric: dataset_drift          # or drift_share, drift_score:age, accuracy, a Prometheus series ...
 *     condition: "&gt;= 1"              # &gt;, &gt;=, &lt;, &lt;=, ==, != and a number
 *     for: 2                         # consecutive windows (default 1)
 *     severity: critical             # info, warning (default), critical
 *   - name: accuracy unusual
 *     metric: accuracy
 *     band: 3                        # instead of a condition: outside mean +- 3 SD over reference chunks
 * webhooks:
 *   - url: http://127.0.0.1:9000/alerts
 *     attempts: 5                    # default 5
 *     backoff_ms: 500                # first retry's wait, doubled each time (default 500)
 *     timeout_ms: 5000               # per attempt (default 5000)
 * </pre>
 *
 * @param rules    the rules, in file order
 * @param webhooks the webhooks, in file order
 */
public record AlertConfig(List<AlertRule> rules, List<Webhook> webhooks) {

    private static final Pattern CONDITION = Pattern.compile("\\s*(>=|<=|==|!=|>|<)\\s*(\\S+)\\s*");

    /**
     * A webhook as configured.
     *
     * @param url            where to POST
     * @param attempts       attempts per event
     * @param initialBackoff wait before the first retry
     * @param timeout        per attempt
     */
    public record Webhook(URI url, int attempts, Duration initialBackoff, Duration timeout) {

        /** The notifier that posts to this webhook, reporting failures to {@code log}. */
        public WebhookNotifier notifier(Consumer<String> log) {
            return new WebhookNotifier(url, attempts, initialBackoff, timeout, log);
        }
    }

    /** Reads a rules file; fails listing every problem with its line. */
    public static AlertConfig read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses rules from text; {@code source} names it in messages. */
    public static AlertConfig parse(String yaml, String source) {
        Problems problems = new Problems(source);
        Fields top = new Fields(YamlNode.parse(yaml, source), "the rules file", problems, List.of("rules", "webhooks"));
        List<AlertRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : items(top, "rules", problems)) {
            Fields f = new Fields(item, "a rule", problems, List.of("name", "metric", "condition", "band", "for",
                    "severity"));
            String name = f.text("name", null, true);
            String metric = f.text("metric", null, true);
            String condition = f.text("condition", null, false);
            Double band = f.number("band", null, 0.01, 100);
            int windows = f.whole("for", 1, 1, 1_000_000);
            Severity severity = Severity.valueOf(f.choice("severity", "warning", List.of("info", "warning", "critical"))
                    .toUpperCase(Locale.ROOT));
            if (name != null && !names.add(name)) {
                problems.add(f.line("name"), "two rules are named '" + name + "'");
            }
            if ((condition == null) == (band == null)) {
                problems.add(f.line(), "rule '" + name + "' needs either 'condition' (e.g. \">= 0.5\") or 'band' "
                        + "(standard deviations around the reference), not both or neither");
                continue;
            }
            if (name == null || metric == null) {
                continue;
            }
            if (band != null) {
                rules.add(AlertRule.band(name, metric, band, windows, severity));
                continue;
            }
            Matcher m = CONDITION.matcher(condition);
            Double threshold = m.matches() ? number(m.group(2)) : null;
            if (threshold == null) {
                problems.add(f.line("condition"), "condition '" + condition + "' of rule '" + name + "' must be one of "
                        + ">, >=, <, <=, ==, != followed by a number, e.g. \">= 0.5\"");
                continue;
            }
            rules.add(AlertRule.threshold(name, metric, Comparison.ofSymbol(m.group(1)), threshold, windows, severity));
        }
        List<Webhook> webhooks = new ArrayList<>();
        for (YamlNode item : items(top, "webhooks", problems)) {
            Fields f = new Fields(item, "a webhook", problems, List.of("url", "attempts", "backoff_ms", "timeout_ms"));
            String url = f.text("url", null, true);
            int attempts = f.whole("attempts", 5, 1, 100);
            int backoff = f.whole("backoff_ms", 500, 0, 3_600_000);
            int timeout = f.whole("timeout_ms", 5000, 1, 3_600_000);
            URI uri = url == null ? null : uri(url);
            if (url != null && (uri == null || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())))) {
                problems.add(f.line("url"), "webhook url '" + url + "' must be an http or https URL");
                continue;
            }
            if (uri != null) {
                webhooks.add(new Webhook(uri, attempts, Duration.ofMillis(backoff), Duration.ofMillis(timeout)));
            }
        }
        if (rules.isEmpty() && problems.messages().isEmpty()) {
            problems.add(0, "the rules file holds no rules");
        }
        problems.throwIfAny();
        return new AlertConfig(List.copyOf(rules), List.copyOf(webhooks));
    }

    private static List<YamlNode> items(Fields top, String key, Problems problems) {
        YamlNode n = top.node(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            return List.of();
        }
        if (n instanceof YamlNode.Sequence list) {
            return list.items();
        }
        problems.add(n.line(), "'" + key + "' must be a list, got " + Fields.describe(n));
        return List.of();
    }

    private static Double number(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
