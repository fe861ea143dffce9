package dev.lathe.prep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatePartsTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("encode/date_parts.json");
    private final Frame data = Frame.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            TimestampColumn.of("ts", millis()));

    private static long[] millis() {
        JsonNode m = FIXTURE.get("epoch_millis");
        long[] out = new long[m.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.get(i).isNull() ? TimestampColumn.MISSING : m.get(i).asLong();
        }
        return out;
    }

    @Test
    void everyPartAgreesWithPandasIncludingBeforeTheEpochAndLeapDays() {
        List<DateParts.Part> all = Arrays.asList(DateParts.Part.values());
        Frame out = new DateParts(ColumnSelector.names("ts"), all, true).fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("x", "ts_year", "ts_month", "ts_day", "ts_weekday", "ts_hour",
                "ts_minute", "ts_day_of_year", "ts_is_weekend");
        for (DateParts.Part part : all) {
            assertThat(out.numeric("ts_" + part.label()).toArray()).as(part.label())
                    .containsExactly(JsonFixtures.doubles(FIXTURE.get("parts").get(part.label())));
        }
    }

    @Test
    void defaultPartsReplaceEveryTimestampColumnAndTheOriginalCanBeKept() {
        Frame out = new DateParts().fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("x", "ts_year", "ts_month", "ts_day", "ts_weekday", "ts_hour",
                "ts_is_weekend");
        assertThat(out.column("x")).isSameAs(data.column("x"));
        DateParts keep = (DateParts) new DateParts().withParams(Map.of("parts", List.of("hour", "day_of_year"),
                "drop_original", false));
        assertThat(keep.fit(data, null).transform(data).names()).containsExactly("x", "ts", "ts_hour",
                "ts_day_of_year");
    }

    @Test
    void datePartsThenCyclicEncodingGiveSineAndCosineOfTheCyclicParts() {
        // without the row of the missing timestamp, which the model at the end of the pipeline would refuse
        Frame rows = data.withColumn(NumericColumn.of("y", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).filter(i -> i != 7);
        FittedPipeline p = Pipeline.of(new BaselineRegressor(), new DateParts(), new CyclicEncoder()).fit(rows, "y");
        Frame out = p.transform(rows);
        assertThat(out.names()).containsExactly("x", "ts_year", "ts_month_sin", "ts_month_cos", "ts_day",
                "ts_weekday_sin", "ts_weekday_cos", "ts_hour_sin", "ts_hour_cos", "ts_is_weekend");
        // 2000-02-29 13:45 UTC: hour 13 of 24
        assertThat(out.numeric("ts_hour_sin").get(2)).isEqualTo(Math.sin(13.0 / 24 * 2 * Math.PI));
        assertThat(out.numeric("ts_hour_cos").get(2)).isEqualTo(Math.cos(13.0 / 24 * 2 * Math.PI));
    }

    @Test
    void badInputsAreClearErrors() {
        DateParts.Fitted f = new DateParts().fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("ts")))
                .hasMessage("date_parts needs column 'ts', which the data does not have; columns: [x]");
        assertThatThrownBy(() -> f.transform(data.withColumn(NumericColumn.of("ts", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))))
                .hasMessage("date_parts needs column 'ts' to be a timestamp, it is numeric");
        assertThatThrownBy(() -> new DateParts(ColumnSelector.names("x"), List.of(DateParts.Part.HOUR), true)
                .fit(data, null)).hasMessage("date_parts needs column 'x' to be a timestamp, it is numeric");
        assertThatThrownBy(() -> new DateParts().fit(data.head(0), null))
                .hasMessage("date_parts cannot fit on empty data (0 rows)");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        DateParts d = new DateParts();
        assertThatThrownBy(() -> d.withParams(Map.of("parts", List.of())))
                .hasMessage("parts must name at least one part");
        assertThatThrownBy(() -> d.withParams(Map.of("parts", List.of("hour", "hour"))))
                .hasMessage("parts must not repeat, got [hour, hour]");
        assertThatThrownBy(() -> d.withParams(Map.of("parts", List.of("fortnight"))))
                .hasMessage("hyperparameter 'parts' expects one of [day, day_of_year, hour, is_weekend, minute, month, "
                        + "weekday, year], got 'fortnight'");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new DateParts().fit(data, null), data);
        DateParts all = new DateParts(ColumnSelector.names("ts"), Arrays.asList(DateParts.Part.values()), false);
        RoundTrip.assertSameTransform(all.fit(data, null), data);
    }
}
