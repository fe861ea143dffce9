package dev.lathe.prep.route;

import static dev.lathe.prep.route.ColumnRouter.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.persist.StepWriter;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import dev.lathe.prep.encode.CyclicEncoder;
import dev.lathe.prep.encode.DateParts;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.encode.TargetEncoder;
import dev.lathe.prep.scale.StandardScaler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnRouterTest {

    private final Frame data = Frame.of(NumericColumn.of("a", 1, 2, 3, 6),
            CategoricalColumn.of("g", "x", "y", "x", "x"), TextColumn.of("note", "p", "q", "r", "s"),
            NumericColumn.of("b", 10, 10, 20, 40));

    private final ColumnRouter router = ColumnRouter.of(
            route(ColumnSelector.types(ColumnType.NUMERIC), new StandardScaler()),
            route(ColumnSelector.types(ColumnType.CATEGORICAL), new OneHotEncoder()));

    @Test
    void scalesNumericColumnsOneHotEncodesCategoricalOnesAndPassesTheRestThrough() {
        Frame out = router.fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("a", "b", "g_x", "g_y", "note");
        // a: mean 3, population sd sqrt(3.5); b: mean 20, sd sqrt(150)
        assertThat(out.numeric("a").get(3)).isCloseTo(3 / Math.sqrt(3.5), within(1e-15));
        assertThat(out.numeric("b").get(0)).isCloseTo(-10 / Math.sqrt(150), within(1e-15));
        assertThat(out.numeric("g_y").toArray()).containsExactly(0, 1, 0, 0);
        assertThat(out.column("note")).isSameAs(data.column("note"));
    }

    /** A transformer that records the columns it is fitted on and applied to. */
    private record Recorder(List<List<String>> seen) implements Transformer {
        @Override
        public FittedTransformer fit(Frame rows, Column target) {
            seen.add(rows.names());
            return new FittedTransformer() {
                @Override
                public Frame transform(Frame x) {
                    seen.add(x.names());
                    return x;
                }

                @Override
                public String stepType() {
                    return "recorder";
                }

                @Override
                public void save(StepWriter out) {
                    throw new UnsupportedOperationException("test step");
                }
            };
        }
    }

    @Test
    void eachRouteIsFittedOnAndAppliedToItsOwnColumnsOnly() {
        Recorder recorder = new Recorder(new ArrayList<>());
        ColumnRouter r = ColumnRouter.of(route(ColumnSelector.names("b", "g"), recorder),
                route(ColumnSelector.names("a"), new StandardScaler()));
        Frame out = r.fit(data, null).transform(data);
        assertThat(recorder.seen()).containsExactly(List.of("g", "b"), List.of("g", "b"));
        assertThat(out.names()).containsExactly("g", "b", "a", "note");
    }

    @Test
    void twoRoutesSelectingOneColumnIsAClearError() {
        ColumnRouter overlapping = ColumnRouter.of(
                route(ColumnSelector.types(ColumnType.NUMERIC), new StandardScaler()),
                route(ColumnSelector.names("g", "b"), new OneHotEncoder()));
        assertThatThrownBy(() -> overlapping.fit(data, null))
                .hasMessage("column_router: column 'b' is selected by route 1 (types [numeric]) and by route 2 "
                        + "(names [g, b]); each column may go to one route only");
    }

    @Test
    void badInputsAreClearErrors() {
        ColumnRouter.Fitted f = router.fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("b")))
                .hasMessage("column_router needs column 'b', which the data does not have; columns: [a, g, note]");
        Frame clash = data.withColumn(TextColumn.of("g_x", "1", "2", "3", "4"));
        assertThatThrownBy(() -> router.fit(clash, null).transform(clash))
                .hasMessage("column_router: two outputs are named 'g_x' (a route's output and a passed-through column, "
                        + "or two routes' outputs)");
        assertThatThrownBy(() -> new ColumnRouter(List.of())).hasMessage("routes must hold at least one route");
        assertThatThrownBy(() -> route(null, new StandardScaler()))
                .hasMessage("a route needs both its columns and its transformer");
    }

    @Test
    void aRouteThatSelectsNoColumnIsSkipped() {
        ColumnRouter r = ColumnRouter.of(route(ColumnSelector.types(ColumnType.TIMESTAMP), new DateParts()),
                route(ColumnSelector.names("a"), new StandardScaler()));
        ColumnRouter.Fitted f = r.fit(data, null);
        assertThat(f.columns()).containsExactly(List.of("a"));
        assertThat(f.transform(data).names()).containsExactly("a", "g", "note", "b");
    }

    @Test
    void fitTransformKeepsTheOutOfFoldTrainingOutputOfItsRoutes() {
        Frame rows = Frame.of(CategoricalColumn.of("g", "x", "y", "x", "y", "x", "y", "x", "x"),
                NumericColumn.of("z", 1, 2, 3, 4, 5, 6, 7, 8));
        Column y = NumericColumn.of("y", 3, 1, 4, 1, 5, 9, 2, 6);
        TargetEncoder encoder = new TargetEncoder(ColumnSelector.types(ColumnType.CATEGORICAL),
                TargetEncoder.TargetType.AUTO, 1, 3, true, 5);
        ColumnRouter r = ColumnRouter.of(route(ColumnSelector.names("g"), encoder));
        Transformer.FitResult routed = r.fitTransform(rows, y);
        double[] outOfFold = encoder.fitTransform(rows.select("g"), y).transformed().numeric("g").toArray();
        assertThat(routed.transformed().numeric("g").toArray()).containsExactly(outOfFold);
        assertThat(routed.fitted().transform(rows).numeric("g").toArray()).isNotEqualTo(outOfFold);
    }

    @Test
    void savesAndLoadsBitForBitWithItsFittedChildren() {
        ColumnRouter.Fitted f = router.fit(data, null);
        ColumnRouter.Fitted back = RoundTrip.saveAndLoad(f);
        assertThat(back.steps()).hasSize(2);
        assertThat(back.steps().get(0)).isInstanceOf(StandardScaler.Fitted.class);
        assertThat(back.steps().get(1)).isInstanceOf(OneHotEncoder.Fitted.class);
        assertThat(back.columns()).isEqualTo(f.columns());
        RoundTrip.assertSameTransform(f, data);
    }

    @Test
    void theGuidesExampleRuns(@TempDir Path dir) throws IOException {
        long hour = 3_600_000L;
        Frame train = Frame.of(TimestampColumn.of("ts", 0, 5 * hour, 30 * hour, 200 * hour, 1000 * hour, 7 * hour),
                CategoricalColumn.of("city", "a", "b", "a", "c", "b", "a"),
                CategoricalColumn.of("color", "red", "blue", "red", "red", "green", "blue"),
                NumericColumn.of("area", 50, 80, 65, 120, 90, 40), NumericColumn.of("price", 1, 2, 3, 4, 5, 6));
        // docs/encoding.md
        Pipeline pipeline = Pipeline.of(new BaselineRegressor(),
                new DateParts(),
                new CyclicEncoder(),
                ColumnRouter.of(
                        route(ColumnSelector.types(ColumnType.NUMERIC), new StandardScaler()),
                        route(ColumnSelector.names("city"), new TargetEncoder()),
                        route(ColumnSelector.names("color"), new OneHotEncoder())));
        FittedPipeline fitted = pipeline.fit(train, "price");
        fitted.save(dir.resolve("price.lathe"));
        Frame out = FittedPipeline.load(dir.resolve("price.lathe")).transform(train);
        assertThat(out.names()).containsExactly("ts_year", "ts_month_sin", "ts_month_cos", "ts_day",
                "ts_weekday_sin", "ts_weekday_cos", "ts_hour_sin", "ts_hour_cos", "ts_is_weekend", "area", "city",
                "color_blue", "color_green", "color_red");
        assertThat(out.numeric("area").toArray()).containsExactly(fitted.transform(train).numeric("area").toArray());
    }

    @Test
    void worksAsAPipelineStepThroughTheModelFile(@TempDir Path dir) throws IOException {
        Frame rows = data.withColumn(NumericColumn.of("y", 1, 2, 3, 4)).drop("note");
        FittedPipeline p = Pipeline.of(new BaselineRegressor(), router).fit(rows, "y");
        Path file = dir.resolve("router.lathe");
        p.save(file);
        FittedPipeline back = FittedPipeline.load(file);
        RoundTrip.assertBitIdentical(back.transform(rows), p.transform(rows));
        assertThat(back.transform(rows).names()).containsExactly("a", "b", "g_x", "g_y");
    }
}
