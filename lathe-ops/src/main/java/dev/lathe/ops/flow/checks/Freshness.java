package dev.lathe.ops.flow.checks;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.TimestampColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code freshness: {max_age_days: 2, as_of: 2024-03-01T00:00:00Z}}: the newest timestamp of {@code data.time}
 * is at most that many days older than {@code as_of} (default: the moment the flow runs).
 *
 * @param maxAgeDays the largest allowed age of the newest row, in days, at least 0
 * @param asOf       the instant the age is measured from, or null for the run's moment
 */
public record Freshness(double maxAgeDays, Instant asOf) implements DataCheck {

    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        Instant now = asOf == null ? c.now() : asOf;
        String expected = "newest row at most " + Shares.format(maxAgeDays) + " days before " + now;
        String column = c.time();
        if (column == null) {
            return List.of(new CheckResult(name(), "data", false, "no time column (data.time)", expected));
        }
        if (!c.data().has(column)) {
            return List.of(Shares.missingColumn(name(), column, expected));
        }
        if (c.data().column(column).type() != ColumnType.TIMESTAMP) {
            return List.of(new CheckResult(name(), column, false, c.data().column(column).type().label() + " column",
                    "timestamp column, " + expected));
        }
        TimestampColumn t = c.data().timestamp(column);
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isMissing(i)) {
                newest = Math.max(newest, t.epochMillis(i));
            }
        }
        if (newest == Long.MIN_VALUE) {
            return List.of(new CheckResult(name(), column, false, "no timestamps", expected));
        }
        double ageDays = Duration.between(Instant.ofEpochMilli(newest), now).toMillis() / 86_400_000.0;
        return List.of(new CheckResult(name(), column, ageDays <= maxAgeDays, String.format(Locale.ROOT,
                "newest %s, %.2f days old", Instant.ofEpochMilli(newest), ageDays), expected));
    }
}
