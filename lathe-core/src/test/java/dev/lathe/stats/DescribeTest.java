package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agreement with pandas 1.5.3 / scipy 1.10.1 (fixtures/stats/describe.json, see README.md) and bad input. */
class DescribeTest {

    /** Relative 1e-9 (absolute near 0): pandas and Lathe sum in different orders. */
    private static Offset<Double> close(double expected) {
        return within(1e-9 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lognormal", "offset", "walk"})
    void numericSummaryMatchesPandas(String name) {
        JsonNode fx = JsonFixtures.read("stats/describe.json");
        JsonNode p = fx.get("numeric").get(name);
        ColumnSummary s = Describe.of(NumericColumn.of(name, JsonFixtures.doubles(fx.get("columns").get(name))));
        assertThat(s.count()).isEqualTo(p.get("count").asLong());
        assertThat(s.distinct()).isEqualTo(p.get("nunique").asLong());
        assertThat(s.mean()).isCloseTo(p.get("mean").asDouble(), close(p.get("mean").asDouble()));
        assertThat(s.std()).isCloseTo(p.get("std").asDouble(), close(p.get("std").asDouble()));
        assertThat(s.min()).isEqualTo(p.get("min").asDouble());
        assertThat(s.max()).isEqualTo(p.get("max").asDouble());
        for (ColumnSummary.Quantile q : s.quantiles()) {
            double expected = p.get("quantiles").get(ColumnSummary.percent(q.p())).asDouble();
            assertThat(q.value()).as("quantile %s", q.p()).isCloseTo(expected, close(expected));
        }
        assertThat(s.iqr()).isCloseTo(p.get("iqr").asDouble(), within(1e-9));
        assertThat(s.shape().skewness()).isCloseTo(p.get("skew").asDouble(), within(1e-7));
        assertThat(s.shape().excessKurtosis()).isCloseTo(p.get("kurt").asDouble(), within(1e-7));
        assertThat(s.shape().medianAbsoluteDeviation()).isCloseTo(p.get("mad").asDouble(), within(1e-9));
        assertThat(s.shape().coefficientOfVariation()).isCloseTo(p.get("cv").asDouble(),
                close(p.get("cv").asDouble()));
        assertThat(s.shape().lag1Autocorrelation()).isCloseTo(p.get("lag1").asDouble(), within(1e-9));
    }

    @Test
    void categoricalSummaryMatchesPandas() {
        JsonNode fx = JsonFixtures.read("stats/describe.json");
        JsonNode p = fx.get("categorical").get("colour");
        JsonNode values = fx.get("columns").get("colour");
        String[] labels = JsonFixtures.strings(values);
        for (ColumnSummary s : List.of(Describe.of(CategoricalColumn.of("colour", labels)),
                Describe.of(TextColumn.of("colour", labels)))) {
            assertThat(s.count()).isEqualTo(p.get("count").asLong());
            assertThat(s.distinct()).isEqualTo(p.get("nunique").asLong());
            assertThat(s.mode()).isEqualTo(p.get("mode").asText());
            for (int i = 0; i < s.topLevels().size(); i++) {
                assertThat(s.topLevels().get(i)).isEqualTo(new ColumnSummary.LevelCount(
                        p.get("top").get(i).get(0).asText(), p.get("top").get(i).get(1).asLong()));
            }
            assertThat(s.entropy()).isCloseTo(p.get("entropy").asDouble(), within(1e-12));
        }
    }

    @Test
    void quartilesInterpolateLikePandas() {
        // pandas.Series([1, 2, 3, 4, 10, None]).describe(): 25% 2.0, 50% 3.0, 75% 4.0, std 3.535534
        ColumnSummary s = Describe.of(NumericColumn.of("x", 1, 2, 3, 4, 10, Double.NaN));
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.q1()).isEqualTo(2);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.q3()).isEqualTo(4);
        assertThat(s.iqr()).isEqualTo(2);
        assertThat(s.std()).isCloseTo(3.5355339059327378, within(1e-12));
        assertThat(s.distinct()).isEqualTo(5);
    }

    @Test
    void categoricalAndBooleanColumnsListTopLevels() {
        Frame f = Frame.of(CategoricalColumn.of("c", "x", "y", "x", null, "z", "x", "y"),
                BooleanColumn.of("b", true, true, false, null, null, true, true));
        List<ColumnSummary> all = Describe.of(f);
        ColumnSummary c = all.get(0);
        assertThat(c.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(c.distinct()).isEqualTo(3);
        assertThat(c.topLevels()).containsExactly(new ColumnSummary.LevelCount("x", 3),
                new ColumnSummary.LevelCount("y", 2), new ColumnSummary.LevelCount("z", 1));
        assertThat(all.get(1).missing()).isEqualTo(2);
        assertThat(all.get(1).topLevels()).containsExactly(new ColumnSummary.LevelCount("true", 4),
                new ColumnSummary.LevelCount("false", 1));
        assertThat(all.get(1).entropy()).isCloseTo(-(0.8 * Math.log(0.8) + 0.2 * Math.log(0.2)), within(1e-15));
        assertThat(c.mean()).isNaN();
        assertThat(c.quantiles()).isEmpty();
    }

    @Test
    void numericAndTimestampColumnsHaveTopValuesWithTiesInValueOrder() {
        ColumnSummary x = Describe.of(NumericColumn.of("x", 10, 9, 2.5, 9, 10, 1, Double.NaN),
                Describe.Options.defaults().withTopLevels(2));
        assertThat(x.topLevels()).containsExactly(new ColumnSummary.LevelCount("9", 2),
                new ColumnSummary.LevelCount("10", 2));
        assertThat(x.mode()).isEqualTo("9");
        ColumnSummary t = Describe.of(TimestampColumn.of("t", 0, 86_400_000, 0, TimestampColumn.MISSING));
        assertThat(t.mode()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(t.toMap()).containsEntry("max", "1970-01-02T00:00:00Z");
    }

    @Test
    void infinitiesAreCountedAndLeftOutOfEveryStatistic() {
        ColumnSummary s = Describe.of(NumericColumn.of("x", 1, Double.POSITIVE_INFINITY, 2, 3,
                Double.NEGATIVE_INFINITY, Double.NaN));
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.infinite()).isEqualTo(2);
        assertThat(s.mean()).isEqualTo(2);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(3);
        assertThat(s.distinct()).isEqualTo(3);
        // rows 0 and 2 are no longer adjacent: the infinity between them breaks the lag pair like a gap
        assertThat(s.shape().lag1Autocorrelation()).isZero();
        assertThat(s.toMap()).containsEntry("infinite", 2L);
    }

    @Test
    void emptyAllMissingConstantAndOneRowColumnsGiveDocumentedValues() {
        Frame empty = Frame.of(NumericColumn.of("x"), TextColumn.of("t"));
        for (ColumnSummary s : Describe.of(empty)) {
            assertThat(s.count()).isZero();
            assertThat(s.distinct()).isZero();
            assertThat(s.mean()).isNaN();
            assertThat(s.mode()).isNull();
            assertThat(s.toMap()).containsEntry("mode", null);
        }
        ColumnSummary allMissing = Describe.of(NumericColumn.of("x", Double.NaN, Double.NaN));
        assertThat(allMissing.missing()).isEqualTo(2);
        assertThat(allMissing.q1()).isNaN();
        assertThat(allMissing.toMap()).containsEntry("mean", null).containsEntry("skewness", null);
        ColumnSummary constant = Describe.of(NumericColumn.of("x", 4, 4, 4, 4));
        assertThat(constant.std()).isZero();
        assertThat(constant.shape().skewness()).isZero();
        assertThat(constant.shape().lag1Autocorrelation()).isNaN();
        assertThat(constant.iqr()).isZero();
        ColumnSummary one = Describe.of(NumericColumn.of("x", 7));
        assertThat(one.mean()).isEqualTo(7);
        assertThat(one.std()).isNaN();
        assertThat(one.quantile(0.99)).isEqualTo(7);
        assertThat(Describe.of(CategoricalColumn.of("c", (String) null)).entropy()).isNaN();
    }

    @Test
    void aMillionDistinctStringsAreCountedBySortingNotBoxing() {
        String[] values = new String[1_000_000];
        Arrays.setAll(values, i -> "id-" + i);
        ColumnSummary s = Describe.of(TextColumn.wrap("id", values));
        assertThat(s.distinct()).isEqualTo(1_000_000);
        assertThat(s.topLevels()).hasSize(Describe.TOP_LEVELS).allSatisfy(l -> assertThat(l.count()).isOne());
        assertThat(s.mode()).isEqualTo("id-0");
        assertThat(s.entropy()).isCloseTo(Math.log(1e6), within(1e-9));
    }

    @Test
    void jsonNamesTheQuantileMethodAndKeysQuantilesLikePandas() {
        Map<String, Object> m = Describe.of(NumericColumn.of("x", 1, 2, 3, 4, 5)).toMap();
        assertThat(m).containsEntry("quantile_method", ColumnSummary.QUANTILE_METHOD)
                .containsEntry("iqr", 2.0).containsEntry("mode", "1");
        assertThat(m.get("quantiles")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("1%", 1.04).containsEntry("50%", 3.0).containsEntry("99%", 4.96);
        assertThat(ColumnSummary.percent(0.001)).isEqualTo("0.1%");
    }
}
