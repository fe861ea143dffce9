package dev.lathe.data;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import java.time.Instant;
import java.util.Random;

/** Builds {@link Synthetic#timeSeries} data: an hourly series with trend, daily and weekly cycles and noise. */
final class TimeSeriesGenerator {

    private static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;
    private static final double LEVEL = 100;
    private static final double TREND_PER_HOUR = 0.01;
    private static final double DAILY_AMPLITUDE = 10;
    private static final double WEEKLY_AMPLITUDE = 5;
    private static final double NOISE_SD = 2;
    private static final int DAY = 24;
    private static final int WEEK = 168;

    private TimeSeriesGenerator() {
    }

    static Frame generate(int rows, long seed) {
        Args.atLeast("rows", rows, 1);

        Random noise = Draws.streams(seed, 1)[0];
        long[] timestamp = new long[rows];
        double[] value = new double[rows];
        for (int t = 0; t < rows; t++) {
            timestamp[t] = START + t * HOUR;
            value[t] = LEVEL + TREND_PER_HOUR * t
                    + DAILY_AMPLITUDE * StrictMath.sin(2 * Math.PI * (t % DAY) / DAY)
                    + WEEKLY_AMPLITUDE * StrictMath.sin(2 * Math.PI * (t % WEEK) / WEEK)
                    + NOISE_SD * noise.nextGaussian();
        }
        return Frame.of(TimestampColumn.wrap("timestamp", timestamp), NumericColumn.wrap("value", value));
    }
}
