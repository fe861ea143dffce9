package dev.lathe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameTest {

    private final Frame people = Frame.of(
            NumericColumn.of("age", 34, 27, Double.NaN, 45, 27),
            CategoricalColumn.of("city", "Oslo", "Lima", "Oslo", null, "Lima"),
            TextColumn.of("name", "Ann", "Bo", "Cy", "Di", "Ed"),
            BooleanColumn.of("member", true, false, null, true, true),
            TimestampColumn.of("joined", 0L, 86_400_000L, TimestampColumn.MISSING, 172_800_000L, 3_600_000L));

    @Test
    void columnsAreTypedAndKnowTheirMissingValues() {
        assertThat(people.rowCount()).isEqualTo(5);
        assertThat(people.names()).containsExactly("age", "city", "name", "member", "joined");
        assertThat(people.numeric("age").missingCount()).isEqualTo(1);
        assertThat(people.categorical("city").missingCount()).isEqualTo(1);
        assertThat(people.bool("member").get(2)).isNull();
        assertThat(people.timestamp("joined").format(1)).isEqualTo("1970-01-02T00:00:00");
        assertThat(TimestampColumn.of("d", 86_400_000L, TimestampColumn.MISSING).format(0)).isEqualTo("1970-01-02");
        assertThat(people.timestamp("joined").format(4)).isEqualTo("1970-01-01T01:00:00");
    }

    @Test
    void unknownNameListsTheClosestNames() {
        assertThatThrownBy(() -> people.column("cty"))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessage("no column 'cty'; closest: 'city', 'age', 'name' (5 columns)");
        assertThatThrownBy(() -> people.numeric("city"))
                .hasMessage("column 'city' is categorical, expected numeric");
    }

    @Test
    void namesAreUniqueAndLengthsEqual() {
        assertThatThrownBy(() -> Frame.of(NumericColumn.of("a", 1), NumericColumn.of("a", 2)))
                .hasMessage("duplicate column name 'a'");
        assertThatThrownBy(() -> Frame.of(NumericColumn.of("a", 1), NumericColumn.of("b", 2, 3)))
                .hasMessage("column 'b' has 2 rows but column 'a' has 1");
        assertThatThrownBy(() -> NumericColumn.of(" ", 1)).hasMessage("column name is blank");
    }

    @Test
    void selectDropRenameAndReplace() {
        assertThat(people.select("name", "age").names()).containsExactly("name", "age");
        assertThat(people.drop("city", "joined").names()).containsExactly("age", "name", "member");
        assertThat(people.rename("age", "years").names()).startsWith("years", "city");
        Frame replaced = people.withColumn(NumericColumn.of("age", 1, 2, 3, 4, 5));
        assertThat(replaced.names()).isEqualTo(people.names());
        assertThat(replaced.numeric("age").get(4)).isEqualTo(5);
        assertThat(people.withColumn(NumericColumn.of("z", 0, 0, 0, 0, 0)).names()).endsWith("z");
        assertThatThrownBy(() -> people.withColumn(NumericColumn.of("z", 1))).hasMessage(
                "column 'z' has 1 rows, the frame has 5");
        assertThatThrownBy(() -> people.rename(Map.of("nope", "x"))).isInstanceOf(UnknownColumnException.class);
    }

    @Test
    void rowSubsetsAreViewsThatCompose() {
        Frame view = people.take(new int[] {4, 0, 0});
        assertThat(view.column("name").format(0)).isEqualTo("Ed");
        Frame nested = view.take(new int[] {2, 0});
        assertThat(nested.text("name").get(0)).isEqualTo("Ann");
        assertThat(nested.text("name").get(1)).isEqualTo("Ed");
        assertThat(people.head(2).numeric("age").toArray()).containsExactly(34, 27);
        assertThat(people.tail(2).text("name").get(0)).isEqualTo("Di");
        assertThat(people.head(99).rowCount()).isEqualTo(5);
        assertThatThrownBy(() -> people.take(new int[] {5})).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("row 5 is outside column 'age' of 5 rows");
    }

    @Test
    void filterByMaskPredicateAndColumnCondition() {
        assertThat(people.filter(new boolean[] {true, false, false, true, false}).rowCount()).isEqualTo(2);
        assertThat(people.filter(i -> i % 2 == 0).text("name").get(1)).isEqualTo("Cy");
        assertThat(people.filter("age", a -> a > 30).text("name").toString()).contains("2 rows");
        assertThatThrownBy(() -> people.filter(new boolean[] {true})).hasMessage(
                "mask has 1 entries, the frame has 5 rows");
    }

    @Test
    void sortIsStableWithMissingLast() {
        Frame byAge = people.sortBy("age");
        assertThat(byAge.numeric("age").toArray()).containsExactly(27, 27, 34, 45, Double.NaN);
        assertThat(byAge.text("name").get(0)).isEqualTo("Bo");
        assertThat(byAge.text("name").get(1)).isEqualTo("Ed");
        Frame desc = people.sortBy(List.of(Frame.SortKey.descending("age")));
        assertThat(desc.numeric("age").toArray()).containsExactly(45, 34, 27, 27, Double.NaN);
        Frame twoKeys = people.sortBy(List.of(Frame.SortKey.ascending("city"), Frame.SortKey.descending("name")));
        assertThat(twoKeys.text("name").toString()).isNotNull();
        assertThat(List.of(twoKeys.text("name").get(0), twoKeys.text("name").get(1), twoKeys.text("name").get(4)))
                .containsExactly("Ed", "Bo", "Di");
    }

    @Test
    void concatenatesRowsMergingLevels() {
        Frame a = Frame.of(NumericColumn.of("x", 1), CategoricalColumn.of("c", "u"));
        Frame b = Frame.of(NumericColumn.of("x", 2, 3), CategoricalColumn.of("c", "v", "u"));
        Frame ab = a.concat(b);
        assertThat(ab.numeric("x").toArray()).containsExactly(1, 2, 3);
        assertThat(ab.categorical("c").levels()).containsExactly("u", "v");
        assertThat(ab.categorical("c").toCodes()).containsExactly(0, 1, 0);
        assertThatThrownBy(() -> a.concat(Frame.of(NumericColumn.of("y", 1), CategoricalColumn.of("c", "u"))))
                .hasMessageContaining("cannot concatenate frames with columns [x, c] and [y, c]");
        assertThatThrownBy(() -> a.concat(Frame.of(TextColumn.of("x", "1"), CategoricalColumn.of("c", "u"))))
                .hasMessage("cannot concatenate column 'x': numeric and text");
    }

    @Test
    void groupByAggregatesPerKeyCombination() {
        Frame sales = Frame.of(
                CategoricalColumn.of("shop", "a", "b", "a", "a", "b", "c"),
                BooleanColumn.of("online", true, true, false, true, true, false),
                NumericColumn.of("amount", 10, 20, 30, Double.NaN, 40, 5));
        Frame byShop = sales.groupBy("shop").aggregate(Aggregation.count(), Aggregation.count("amount"),
                Aggregation.sum("amount"), Aggregation.mean("amount"), Aggregation.sd("amount"),
                Aggregation.min("amount"), Aggregation.max("amount"), Aggregation.quantile("amount", 0.5));
        assertThat(byShop.names()).containsExactly("shop", "count", "amount_count", "amount_sum", "amount_mean",
                "amount_sd", "amount_min", "amount_max", "amount_q0.5");
        assertThat(byShop.categorical("shop").get(0)).isEqualTo("a");
        assertThat(byShop.numeric("count").toArray()).containsExactly(3, 2, 1);
        assertThat(byShop.numeric("amount_count").toArray()).containsExactly(2, 2, 1);
        assertThat(byShop.numeric("amount_mean").toArray()).containsExactly(20, 30, 5);
        assertThat(byShop.numeric("amount_sd").get(0)).isCloseTo(Math.sqrt(200), within(1e-12));
        assertThat(byShop.numeric("amount_q0.5").get(1)).isEqualTo(30);
        Frame twoKeys = sales.groupBy("shop", "online").aggregate(Aggregation.sum("amount").as("total"));
        assertThat(twoKeys.rowCount()).isEqualTo(4);
        assertThat(twoKeys.numeric("total").toArray()).containsExactly(30, 10, 60, 5);
    }

    @Test
    void columnMajorMatrixWithoutBoxing() {
        double[][] m = people.toColumnMajor("age");
        assertThat(m).hasDimensions(1, 5);
        assertThat(m[0][3]).isEqualTo(45);
        assertThatThrownBy(() -> people.toColumnMajor("name")).hasMessage("column 'name' is text, expected numeric");
    }

    @Test
    void toStringShowsATableWithTypes() {
        String s = people.toString();
        assertThat(s).startsWith("Frame: 5 rows x 5 columns\n");
        assertThat(s).contains("<numeric>", "<categorical>", "Oslo", "NA");
        assertThat(people.toString(2)).endsWith("... 3 more rows\n");
    }

    @Test
    void schemaListsTypesAndLevels() {
        Schema schema = people.schema();
        assertThat(schema.fields().get(1).levels()).containsExactly("Oslo", "Lima");
        assertThat(schema.fields().get(4).type()).isEqualTo(ColumnType.TIMESTAMP);
    }
}
