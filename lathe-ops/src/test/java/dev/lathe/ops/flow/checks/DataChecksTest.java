package dev.lathe.ops.flow.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataChecksTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    private static final Frame DATA = Frame.of(
            TextColumn.of("id", "a", "b", "c", "c"),
            NumericColumn.of("x", 1, 2, Double.NaN, 40),
            CategoricalColumn.of("colour", "red", "blue", "red", "green"),
            TimestampColumn.of("at", T0.minusSeconds(86_400 * 3).toEpochMilli(), T0.minusSeconds(86_400).toEpochMilli(),
                    T0.minusSeconds(86_400 * 2).toEpochMilli(), T0.minusSeconds(86_400 * 5).toEpochMilli()),
            CategoricalColumn.of("y", "no", "yes", "no", "no"));

    private static final CheckContext CONTEXT = new CheckContext(DATA, "y", "id", "at", T0);

    private static CheckResult one(DataCheck check) {
        List<CheckResult> r = check.run(CONTEXT);
        assertThat(r).hasSize(1);
        return r.get(0);
    }

    @Test
    void rowCountsAndTypes() {
        assertThat(one(new MinRows(4)).passed()).isTrue();
        assertThat(one(new MinRows(5))).isEqualTo(new CheckResult("min_rows", "data", false, "4 rows", "at least 5 rows"));
        assertThat(new ColumnTypes(Map.of("x", ColumnType.NUMERIC)).run(CONTEXT).get(0).passed()).isTrue();
        assertThat(one(new ColumnTypes(Map.of("colour", ColumnType.NUMERIC))).observed()).isEqualTo("categorical");
        assertThat(one(new ColumnTypes(Map.of("z", ColumnType.NUMERIC))).observed()).isEqualTo("no such column");
    }

    @Test
    void missingSharesPerColumn() {
        assertThat(one(new MaxMissing(0.25, List.of())))
                .isEqualTo(new CheckResult("max_missing", "every column", true, "largest missing share 0.2500 (x)",
                        "missing share at most 0.25"));
        assertThat(one(new MaxMissing(0.2, List.of()))).isEqualTo(new CheckResult("max_missing", "x", false,
                "missing share 0.2500 (1 of 4)", "missing share at most 0.2"));
    }

    @Test
    void targetAndClasses() {
        assertThat(one(new TargetUsable(1)).passed()).isTrue();
        CheckContext constant = new CheckContext(DATA.withColumn(CategoricalColumn.of("y", "no", "no", "no", "no")),
                "y", null, null, T0);
        CheckResult r = new TargetUsable(1).run(constant).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.observed()).contains("one distinct value 'no'");
        assertThat(one(new MinRowsPerClass(2))).isEqualTo(new CheckResult("min_rows_per_class", "y", false,
                "rarest class 'yes' has 1 rows", "at least 2 rows of every class"));
    }

    @Test
    void rangesAndCategoriesHonourMostly() {
        assertThat(one(new ValueRange("x", 0, 10, 1)).passed()).isFalse();
        CheckResult twoThirds = one(new ValueRange("x", 0, 10, 0.6));
        assertThat(twoThirds.passed()).isTrue();
        assertThat(twoThirds.observed()).isEqualTo("share 0.6667 (2 of 3)");
        CheckResult colours = one(new CategorySet("colour", Set.of("red", "blue"), 0.8));
        assertThat(colours.passed()).isFalse();
        assertThat(colours.observed()).isEqualTo("share 0.7500 (3 of 4), unexpected [green]");
        assertThat(one(new CategorySet("colour", Set.of("red", "blue"), 0.75)).passed()).isTrue();
    }

    @Test
    void freshnessAndUniqueness() {
        assertThat(one(new Freshness(1, null)).passed()).isTrue();
        CheckResult stale = one(new Freshness(0.5, null));
        assertThat(stale.passed()).isFalse();
        assertThat(stale.observed()).isEqualTo("newest 2024-02-29T00:00:00Z, 1.00 days old");
        assertThat(one(new Freshness(10, T0.plusSeconds(86_400 * 20))).passed()).isFalse();
        assertThat(one(new UniqueId(1)).observed()).isEqualTo("share 0.5000 (2 of 4)");
        assertThat(one(new UniqueId(0.5)).passed()).isTrue();
    }

    @Test
    void aThrowingCheckFailsAloneAndTheOthersRun() {
        DataCheck broken = new DataCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<CheckResult> run(CheckContext context) {
                throw new IllegalStateException("boom");
            }
        };
        List<CheckResult> results = new DataChecks(List.of(broken, new MinRows(1))).run(CONTEXT);
        assertThat(results).extracting(CheckResult::passed).containsExactly(false, true);
        assertThat(results.get(0).observed()).isEqualTo("the check failed: boom");
        assertThat(DataChecks.allPassed(results)).isFalse();
    }
}
