package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.feature.GroupAggregates.Statistic;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupAggregatesTest {

    private final Frame train = Frame.of(CategoricalColumn.of("region", "n", "n", "s", "s", "s", null),
            NumericColumn.of("income", 10, 20, 1, 2, Double.NaN, 100), NumericColumn.of("y", 0, 1, 0, 1, 1, 0));

    @Test
    void statisticsMatchPandasGroupByAndFallBackToTheGlobalValues() {
        // fixtures/feature/group_aggregates.json: pandas 1.5.3 groupby(...).agg, see README.md there
        JsonNode fixture = JsonFixtures.read("feature/group_aggregates.json");
        Frame data = Fixture.frame(fixture.get("train"));
        GroupAggregates.Fitted f = new GroupAggregates("key", ColumnSelector.names("v", "w"), List.of(Statistic.values()))
                .fit(data, null);
        Frame out = f.transform(data);
        assertThat(f.outputNames()).containsExactly("v_mean_by_key", "v_median_by_key", "v_count_by_key",
                "v_sd_by_key", "v_min_by_key", "v_max_by_key", "w_mean_by_key", "w_median_by_key", "w_count_by_key",
                "w_sd_by_key", "w_min_by_key", "w_max_by_key");
        CategoricalColumn key = data.categorical("key");
        for (String column : List.of("v", "w")) {
            for (Statistic s : Statistic.values()) {
                String pandas = column + "_" + (s == Statistic.SD ? "std" : Saved.name(s));
                double[] expected = new double[data.rowCount()];
                for (int i = 0; i < expected.length; i++) {
                    JsonNode row = key.isMissing(i) ? fixture.get("global") : fixture.get("by_key").get(key.get(i));
                    expected[i] = key.isMissing(i) && s == Statistic.COUNT ? 0
                            : row.get(pandas).isNull() ? Double.NaN : row.get(pandas).asDouble();
                }
                Fixture.assertClose(pandas, out.numeric(column + "_" + Saved.name(s) + "_by_key").toArray(), expected,
                        1e-13);
            }
        }
    }

    @Test
    void newRowsGetTheTrainingStatisticsNotTheirOwn() {
        GroupAggregates.Fitted f = new GroupAggregates("region", ColumnSelector.names("income"),
                List.of(Statistic.MEAN, Statistic.COUNT)).fit(train, null);
        Frame fresh = Frame.of(CategoricalColumn.of("region", "s", "n", "s", "w", null),
                NumericColumn.of("income", 1000, 2000, 3000, 4000, 5000));
        Frame out = f.transform(fresh);
        // s: mean of 1 and 2 in training; n: 10 and 20; w (unseen) and missing: all training rows, count 0
        assertThat(out.numeric("income_mean_by_region").toArray()).containsExactly(1.5, 15, 1.5, 133 / 5.0, 133 / 5.0);
        assertThat(out.numeric("income_count_by_region").toArray()).containsExactly(2, 2, 2, 0, 0);
        assertThat(out.names()).containsExactly("region", "income", "income_mean_by_region", "income_count_by_region");
    }

    @Test
    void neverUsesTheTarget() {
        GroupAggregates step = new GroupAggregates("region", new GroupAggregates("region").columns(),
                List.of(Statistic.values()));
        Frame features = train.drop("y");
        GroupAggregates.Fitted without = step.fit(features, null);
        for (NumericColumn target : List.of(NumericColumn.of("y", 0, 1, 0, 1, 1, 0), NumericColumn.of("y", 9, 9, 9, 9, 9, 9))) {
            GroupAggregates.Fitted with = step.fit(features, target);
            assertThat(with.columns()).containsExactly("income");
            assertThat(with.table()).isDeepEqualTo(without.table());
            assertThat(with.fallback()).containsExactly(without.fallback());
        }
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> new GroupAggregates(" ")).hasMessage("key must name a categorical column");
        assertThatThrownBy(() -> new GroupAggregates("region", ColumnSelector.names("income"), List.of()))
                .hasMessage("statistics must hold at least one of mean, median, count, sd, min, max");
        assertThatThrownBy(() -> new GroupAggregates("region").withParams(Map.of("statistics", List.of("mean", "mean"))))
                .hasMessage("statistics must not repeat, got [mean, mean]");
        assertThatThrownBy(() -> new GroupAggregates("region").withParams(Map.of("statistics", List.of("mode"))))
                .hasMessage("hyperparameter 'statistics' expects one of [count, max, mean, median, min, sd], got 'mode'");
        assertThatThrownBy(() -> new GroupAggregates("region").fit(train.head(0), null))
                .hasMessage("group_aggregates cannot be fitted on empty data (0 rows)");
        assertThatThrownBy(() -> new GroupAggregates("income").fit(train, null))
                .hasMessage("group_aggregates needs column 'income' to be categorical, it is numeric");
        assertThatThrownBy(() -> new GroupAggregates("regoin").fit(train, null))
                .hasMessage("group_aggregates needs column 'regoin', which the data does not have; columns: "
                        + "[region, income, y]");
        GroupAggregates.Fitted f = new GroupAggregates("region").fit(train, null);
        assertThatThrownBy(() -> f.transform(train.drop("region")))
                .hasMessage("group_aggregates needs column 'region', which the data does not have; columns: [income, y]");
        Frame clash = train.withColumn(NumericColumn.of("y_mean_by_region", 0, 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> f.transform(clash))
                .hasMessage("group_aggregates would create column 'y_mean_by_region', which the data already has; "
                        + "rename that column first");
    }

    @Test
    void savesAndLoadsBitForBit() {
        GroupAggregates.Fitted f = new GroupAggregates("region", new GroupAggregates("region").columns(),
                List.of(Statistic.values())).fit(train, null);
        Frame fresh = Frame.of(CategoricalColumn.of("region", "w", "s", null, "n"), NumericColumn.of("income", 1, 2, 3, 4),
                NumericColumn.of("y", 1, 1, 1, 1));
        RoundTrip.assertSameTransform(f, fresh);
    }
}
