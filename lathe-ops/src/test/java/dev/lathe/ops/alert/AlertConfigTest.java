package dev.lathe.ops.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules files: what they hold, and every mistake reported with its line. */
class AlertConfigTest {

    @Test
    void readsRulesAndWebhooksWithDefaults() {
        AlertConfig c = AlertConfig.parse("""
                rules:
                  - name: inputs drifted
                    metric: dataset_drift
                    condition: ">= 1"
                    for: 2
                    severity: critical
                  - name: accuracy unusual
                    metric: accuracy
                    band: 3
                webhooks:
                  - url: http://127.0.0.1:9000/alerts
                """, "rules.yaml");
        assertThat(c.rules()).containsExactly(
                AlertRule.threshold("inputs drifted", "dataset_drift", Comparison.AT_LEAST, 1, 2, Severity.CRITICAL),
                AlertRule.band("accuracy unusual", "accuracy", 3, 1, Severity.WARNING));
        assertThat(c.webhooks()).singleElement().satisfies(w -> {
            assertThat(w.url().toString()).isEqualTo("http://127.0.0.1:9000/alerts");
            assertThat(w.attempts()).isEqualTo(5);
            assertThat(w.initialBackoff()).isEqualTo(Duration.ofMillis(500));
            assertThat(w.timeout()).isEqualTo(Duration.ofMillis(5000));
        });
    }

    @Test
    void reportsEveryMistakeWithItsLine() {
        assertThatThrownBy(() -> AlertConfig.parse("""
                rules:
                  - name: a
                    metric: drift_share
                    condition: "about 0.5"
                  - name: a
                    metric: x
                    condition: "> 1"
                    band: 3
                  - name: c
                    metrc: x
                    condition: "> 1"
                    severity: loud
                webhooks:
                  - url: ftp://example.org/hook
                """, "rules.yaml"))
                .hasMessageContaining("rules.yaml line 4: condition 'about 0.5' of rule 'a' must be one of >, >=")
                .hasMessageContaining("rules.yaml line 5: two rules are named 'a'")
                .hasMessageContaining("rule 'a' needs either 'condition'")
                .hasMessageContaining("rules.yaml line 10: unknown key 'metrc' in a rule; did you mean 'metric'?")
                .hasMessageContaining("a rule needs 'metric'")
                .hasMessageContaining("'severity' in a rule must be one of info, warning, critical, got 'loud'")
                .hasMessageContaining("rules.yaml line 14: webhook url 'ftp://example.org/hook' must be an http or https URL");
    }

    @Test
    void aFileWithoutRulesIsAnError() {
        assertThatThrownBy(() -> AlertConfig.parse("webhooks: []\n", "empty.yaml"))
                .hasMessageContaining("empty.yaml: the rules file holds no rules");
        assertThatThrownBy(() -> AlertConfig.parse("rules: {a: 1}\n", "bad.yaml"))
                .hasMessageContaining("bad.yaml line 1: 'rules' must be a list");
    }
}
