package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.TimestampColumn;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSeriesGeneratorTest {

    @Test
    void timestampsAreHourlyFromNewYear2024() {
        Frame f = Synthetic.timeSeries(500, 31);
        assertThat(f.names()).containsExactly("timestamp", "value");
        assertThat(f.column("timestamp").type()).isEqualTo(ColumnType.TIMESTAMP);
        TimestampColumn t = f.timestamp("timestamp");
        assertThat(t.get(0)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(t.get(499)).isEqualTo(Instant.parse("2024-01-21T19:00:00Z"));
        for (int i = 1; i < 500; i++) {
            assertThat(t.epochMillis(i) - t.epochMillis(i - 1)).isEqualTo(3_600_000L);
        }
    }

    @Test
    void valueHasTheDailyAndWeeklyCycles() {
        int weeks = 8;
        Frame f = Synthetic.timeSeries(168 * weeks, 32);
        double[] v = f.numeric("value").toArray();
        // over whole weeks the weekly cycle cancels at a fixed hour of the day: 6h vs 18h differ by
        // 2 * 10 (daily amplitude) - 12 * 0.01 (trend); the noise mean over 56 days has sd about 0.4
        assertThat(meanEvery(v, 6, 24) - meanEvery(v, 18, 24)).isCloseTo(19.88, within(1.5));
        // hour 42 of the week (18h) is the weekly peak, hour 126 (6h) the trough: they differ by
        // -2 * 10 (daily) + 2 * 5 (weekly) - 84 * 0.01 (trend) = -10.84; 8 weeks of noise give an sd about 1
        assertThat(meanEvery(v, 42, 168) - meanEvery(v, 126, 168)).isCloseTo(-10.84, within(3.0));
    }

    private static double meanEvery(double[] v, int first, int step) {
        double s = 0;
        int n = 0;
        for (int i = first; i < v.length; i += step) {
            s += v[i];
            n++;
        }
        return s / n;
    }
}
