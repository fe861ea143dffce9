package dev.lathe.prep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CyclicEncoderTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("encode/cyclic.json").get("columns");
    private final Frame data = fixtureFrame();

    private static Frame fixtureFrame() {
        List<Column> columns = new ArrayList<>();
        for (Iterator<String> it = FIXTURE.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            columns.add(NumericColumn.of(name, JsonFixtures.doubles(FIXTURE.get(name).get("values"))));
        }
        return Frame.of(columns);
    }

    @Test
    void infersPeriodsFromNamesAndAgreesWithNumpy() {
        CyclicEncoder.Fitted f = new CyclicEncoder().fit(data, null);
        assertThat(f.columns()).containsExactly("hour", "weekday", "month", "day_of_year");
        assertThat(f.periods()).containsExactly(24, 7, 12, 365.25);
        Frame out = f.transform(data);
        assertThat(out.names()).containsExactly("hour_sin", "hour_cos", "weekday_sin", "weekday_cos", "month_sin",
                "month_cos", "day_of_year_sin", "day_of_year_cos");
        for (String name : f.columns()) {
            assertThat(FIXTURE.get(name).get("period").asDouble()).isEqualTo(f.periods()[f.columns().indexOf(name)]);
            assertClose(out.numeric(name + "_sin").toArray(), FIXTURE.get(name).get("sin"));
            assertClose(out.numeric(name + "_cos").toArray(), FIXTURE.get(name).get("cos"));
        }
    }

    private static void assertClose(double[] actual, JsonNode expected) {
        double[] e = JsonFixtures.doubles(expected);
        assertThat(actual).hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            assertThat(actual[i]).as("row %d", i).isCloseTo(e[i], within(1e-15));
        }
    }

    @Test
    void theEndOfACycleLiesNextToItsStart() {
        Frame hours = Frame.of(NumericColumn.of("hour", 0, 23, 12));
        Frame out = new CyclicEncoder().fit(hours, null).transform(hours);
        double near = Math.hypot(out.numeric("hour_sin").get(0) - out.numeric("hour_sin").get(1),
                out.numeric("hour_cos").get(0) - out.numeric("hour_cos").get(1));
        double far = Math.hypot(out.numeric("hour_sin").get(0) - out.numeric("hour_sin").get(2),
                out.numeric("hour_cos").get(0) - out.numeric("hour_cos").get(2));
        assertThat(near).isCloseTo(2 * Math.sin(Math.PI / 24), within(1e-12));
        assertThat(far).isCloseTo(2, within(1e-12));
    }

    @Test
    void defaultSelectionTakesCyclicNamesOnlyAndOthersPassThrough() {
        Frame mixed = Frame.of(NumericColumn.of("price", 3, 4), NumericColumn.of("pickup_hour", 1, 2),
                NumericColumn.of("Month", 1, 12), NumericColumn.of("year", 2020, 2021),
                NumericColumn.of("hourly_rate", 5, 6));
        CyclicEncoder.Fitted f = new CyclicEncoder().fit(mixed, null);
        assertThat(f.columns()).containsExactly("pickup_hour", "Month");
        Frame out = f.transform(mixed);
        assertThat(out.names()).containsExactly("price", "pickup_hour_sin", "pickup_hour_cos", "Month_sin",
                "Month_cos", "year", "hourly_rate");
        assertThat(out.column("price")).isSameAs(mixed.column("price"));
    }

    @Test
    void givenPeriodsWinAndTheOriginalCanBeKept() {
        Frame angles = Frame.of(NumericColumn.of("angle", 0, 90, Double.NaN), NumericColumn.of("hour", 0, 6, 12));
        CyclicEncoder encoder = new CyclicEncoder(ColumnSelector.names("angle", "hour"), Map.of("angle", 360.0,
                "hour", 12.0), false);
        Frame out = encoder.fit(angles, null).transform(angles);
        assertThat(out.names()).containsExactly("angle", "angle_sin", "angle_cos", "hour", "hour_sin", "hour_cos");
        assertThat(out.numeric("angle_sin").get(1)).isEqualTo(1);
        assertThat(out.numeric("angle_cos").isMissing(2)).isTrue();
        assertThat(out.numeric("hour_cos").get(1)).isCloseTo(-1, within(1e-15)); // period 12, not 24
        CyclicEncoder fromJson = (CyclicEncoder) new CyclicEncoder().withParams(Map.of("periods", Map.of("hour", 12)));
        assertThat(fromJson.periods()).containsEntry("hour", 12.0);
    }

    @Test
    void periodsThatCannotBeInferredAreClearErrors() {
        Frame late = Frame.of(NumericColumn.of("hour", 1, 24));
        assertThatThrownBy(() -> new CyclicEncoder().fit(late, null))
                .hasMessage("cyclic_encoder cannot infer the period of column 'hour': it is named like hour but row 2 "
                        + "holds 24.0, outside [0, 23]; give its period in periods");
        Frame angles = Frame.of(NumericColumn.of("angle", 1, 2));
        assertThatThrownBy(() -> new CyclicEncoder(ColumnSelector.names("angle"), Map.of(), true).fit(angles, null))
                .hasMessage("cyclic_encoder cannot infer the period of column 'angle' from its name; give it in "
                        + "periods, e.g. {\"angle\": 24}");
    }

    @Test
    void badInputsAreClearErrors() {
        CyclicEncoder.Fitted f = new CyclicEncoder().fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("month")))
                .hasMessage("cyclic_encoder needs column 'month', which the data does not have; columns: [hour, "
                        + "weekday, day_of_year]");
        Frame text = Frame.of(CategoricalColumn.of("month", "Jan", "Feb"));
        assertThatThrownBy(() -> new CyclicEncoder().fit(text, null))
                .hasMessage("cyclic_encoder needs column 'month' to be numeric, it is categorical");
        assertThatThrownBy(() -> new CyclicEncoder().fit(data.head(0), null))
                .hasMessage("cyclic_encoder cannot fit on empty data (0 rows)");
        CyclicEncoder other = new CyclicEncoder(ColumnSelector.names("hour"), Map.of("minute", 60.0), true);
        assertThatThrownBy(() -> other.fit(data, null))
                .hasMessage("cyclic_encoder was given the period of column 'minute', which is not among the columns it "
                        + "encodes: [hour]");
        Frame clash = Frame.of(NumericColumn.of("hour", 1), NumericColumn.of("hour_sin", 0));
        assertThatThrownBy(() -> new CyclicEncoder().fit(clash, null).transform(clash))
                .hasMessage("cyclic_encoder would create column 'hour_sin' from column 'hour', but the data already "
                        + "has a column of that name");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new CyclicEncoder().withParams(Map.of("periods", Map.of("hour", 0))))
                .hasMessage("period of column 'hour' must be a finite number greater than 0, got 0");
        assertThatThrownBy(() -> new CyclicEncoder().withParams(Map.of("periods", Map.of("hour", "day"))))
                .hasMessage("period of column 'hour' must be a finite number greater than 0, got day");
        assertThatThrownBy(() -> new CyclicEncoder(null, Map.of(), true)).hasMessage("columns must be given");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new CyclicEncoder().fit(data, null), data);
        Frame angles = Frame.of(NumericColumn.of("angle", 0, 1.2345, Double.NaN));
        RoundTrip.assertSameTransform(new CyclicEncoder(ColumnSelector.names("angle"), Map.of("angle", Math.PI), false)
                .fit(angles, null), angles);
    }
}
