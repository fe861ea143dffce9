package dev.lathe.stats.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.UnknownColumnException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Findings on small hand-made frames whose answer is known. */
class DataQualityTest {

    private static final double NA = Double.NaN;

    private static NumericColumn numeric(String name, int n, IntToDoubleFunction value) {
        double[] v = new double[n];
        Arrays.setAll(v, value::applyAsDouble);
        return NumericColumn.wrap(name, v);
    }

    private static CategoricalColumn categorical(String name, int n, IntFunction<String> value) {
        String[] v = new String[n];
        Arrays.setAll(v, value::apply);
        return CategoricalColumn.of(name, v);
    }

    private static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> found = withCode(findings, code);
        assertThat(found).as(code + " in " + findings).hasSize(1);
        return found.get(0);
    }

    @Test
    void missingSharesGetSeveritiesAndColumnsMissingTogetherArePaired() {
        Frame f = Frame.of(
                numeric("a", 10, i -> i == 0 ? NA : i),
                numeric("b", 10, i -> i < 3 ? NA : i),
                numeric("c", 10, i -> i < 7 ? NA : i),
                numeric("d", 10, i -> NA),
                categorical("e", 10, i -> i < 3 ? null : "x" + i % 3));
        List<Finding> found = DataQuality.check(f);
        List<Finding> missing = withCode(found, "missing_values");
        assertThat(missing).extracting(Finding::columns).containsExactlyInAnyOrder(List.of("a"), List.of("b"),
                List.of("c"), List.of("e"));
        assertThat(missing).filteredOn(m -> m.columns().equals(List.of("a"))).singleElement()
                .satisfies(m -> {
                    assertThat(m.severity()).isEqualTo(Severity.INFO);
                    assertThat(m.value()).isEqualTo(0.1);
                    assertThat(m.message()).isEqualTo("column 'a' is missing in 1 of 10 rows (10.0%): impute it or "
                            + "drop the rows.");
                });
        assertThat(missing).filteredOn(m -> m.columns().equals(List.of("b"))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(missing).filteredOn(m -> m.columns().equals(List.of("c"))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.CRITICAL);
        assertThat(only(found, "all_missing").columns()).containsExactly("d");
        Finding together = only(found, "co_missing");
        assertThat(together.columns()).containsExactly("b", "e");
        assertThat(together.value()).isEqualTo(1.0);
        assertThat(found.get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void duplicatedRowsAreCountedLikePandasWithMissingEqualToMissing() {
        Frame f = Frame.of(NumericColumn.of("x", 1, 2, 1, NA, NA, 3), TextColumn.of("t", "a", "b", "a", "c", "c", "a"));
        Finding d = only(DataQuality.check(f), "duplicate_rows");
        assertThat(d.value()).isCloseTo(2 / 6.0, within(1e-15));
        assertThat(d.message()).startsWith("2 of 6 rows (33.3%) repeat an earlier row");
        assertThat(withCode(DataQuality.check(Frame.of(NumericColumn.of("x", 1, 2, 3))), "duplicate_rows")).isEmpty();
    }

    @Test
    void constantNearConstantIdentifiersAndHighCardinality() {
        int n = 200;
        Frame f = Frame.of(
                numeric("k", n, i -> 5),
                categorical("near", n, i -> i == 17 ? "b" : "a"),
                numeric("id", n, i -> 1000 + i),
                TextColumn.of("email", Arrays.stream(new int[n]).mapToObj(i -> "").toArray(String[]::new)),
                numeric("measure", n, i -> Math.sin(i) * 10),
                categorical("city", n, i -> "c" + i % 80));
        String[] emails = new String[n];
        Arrays.setAll(emails, i -> "user" + i + "@example.org");
        f = f.withColumn(TextColumn.of("email", emails));
        List<Finding> found = DataQuality.check(f);
        assertThat(only(found, "constant").message()).isEqualTo("column 'k' holds the single value '5' in every "
                + "present row: drop it.");
        Finding near = only(found, "near_constant");
        assertThat(near.columns()).containsExactly("near");
        assertThat(near.value()).isEqualTo(0.995);
        List<Finding> ids = withCode(found, "identifier");
        assertThat(ids).extracting(Finding::columns).containsExactly(List.of("id"), List.of("email"));
        assertThat(ids.get(0).message()).contains("integer sequence");
        assertThat(ids.get(1).message()).contains("unique strings");
        assertThat(ids).extracting(Finding::columns).doesNotContain(List.of("measure"));
        Finding city = only(found, "high_cardinality");
        assertThat(city.columns()).containsExactly("city");
        assertThat(city.value()).isEqualTo(80);
    }

    @Test
    void skewAndOutliersOfNumericColumns() {
        double[] x = new double[21];
        Arrays.setAll(x, i -> i < 20 ? i + 1 : 1000);
        Frame f = Frame.of(NumericColumn.wrap("x", x), numeric("sym", 21, i -> i % 7));
        List<Finding> found = DataQuality.check(f);
        Finding skew = only(found, "skewed");
        assertThat(skew.columns()).containsExactly("x");
        assertThat(skew.value()).isGreaterThan(4);
        assertThat(skew.message()).contains("a log or Box-Cox transform");
        Finding out = only(found, "outliers");
        assertThat(out.value()).isCloseTo(1 / 21.0, within(1e-15));
        assertThat(out.severity()).isEqualTo(Severity.INFO);
        assertThat(out.message()).contains("1 values (4.8%) beyond the Tukey fences [-9.00000, 31.0000]");
    }

    @Test
    void highlyCorrelatedFeaturesButNotTheTarget() {
        Frame f = Frame.of(numeric("x", 50, i -> i), numeric("x2", 50, i -> 2 * i + (i % 2) * 0.5),
                numeric("z", 50, i -> (i * 37) % 11), numeric("y", 50, i -> i));
        Finding pair = only(DataQuality.check(f, "y", QualityOptions.defaults()), "correlated_pair");
        assertThat(pair.columns()).containsExactly("x", "x2");
        assertThat(pair.value()).isGreaterThan(0.999);
    }

    @Test
    void leakageSuspectsForEachPairOfTypes() {
        int n = 100;
        Frame regression = Frame.of(numeric("leak", n, i -> 3 * i + (i % 3) * 0.01),
                numeric("noise", n, i -> (i * 37) % 17), categorical("band", n, i -> "b" + i / 25),
                numeric("y", n, i -> 3 * i));
        List<Finding> r = withCode(DataQuality.check(regression, "y", QualityOptions.defaults()), "target_leakage");
        assertThat(r).extracting(Finding::columns).containsExactly(List.of("leak", "y"));
        assertThat(r.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(r.get(0).message()).contains("|Pearson r| 1.0000");
        Frame steps = Frame.of(categorical("band", n, i -> "b" + i / 25), numeric("y", n, i -> i / 25 * 100 + i % 2));
        assertThat(only(DataQuality.check(steps, "y", QualityOptions.defaults()), "target_leakage").message())
                .contains("correlation ratio");
        Frame classes = Frame.of(numeric("score", n, i -> i % 2 == 0 ? i : -i),
                categorical("colour", n, i -> i % 2 == 0 ? "red" : "blue"), numeric("noise", n, i -> (i * 37) % 17),
                categorical("id", n, i -> "row" + i), BooleanColumn.of("label", evenIsTrue(n)));
        List<Finding> c = withCode(DataQuality.check(classes, "label", QualityOptions.defaults()), "target_leakage");
        assertThat(c).extracting(f -> f.columns().get(0)).containsExactly("score", "colour");
        assertThat(c.get(0).message()).contains("accuracy of one threshold 1.0000");
        assertThat(c.get(1).message()).contains("accuracy of one class per level 1.0000");
    }

    private static Boolean[] evenIsTrue(int n) {
        Boolean[] out = new Boolean[n];
        Arrays.setAll(out, i -> i % 2 == 0);
        return out;
    }

    @Test
    void classImbalanceAndSingleClassTargets() {
        Frame f = Frame.of(numeric("x", 100, i -> (i * 37) % 17), numeric("y", 100, i -> i < 95 ? 0 : 1));
        Finding imbalance = only(DataQuality.check(f, "y", QualityOptions.defaults()), "class_imbalance");
        assertThat(imbalance.value()).isEqualTo(0.05);
        assertThat(imbalance.message()).contains("holds 5 of 100 rows (5.0%)");
        Frame single = Frame.of(numeric("x", 10, i -> i), categorical("y", 10, i -> "yes"));
        assertThat(only(DataQuality.check(single, "y", QualityOptions.defaults()), "single_class").severity())
                .isEqualTo(Severity.CRITICAL);
    }

    @Test
    void emptyFramesAndAnUnknownTargetAreReportedClearly() {
        Finding noRows = only(DataQuality.check(Frame.of(NumericColumn.of("x"))), "empty_frame");
        assertThat(noRows.message()).startsWith("the data has no rows");
        assertThat(only(DataQuality.check(Frame.of(List.of())), "empty_frame").message()).contains("no columns");
        Frame f = Frame.of(NumericColumn.of("price", 1, 2), NumericColumn.of("target", 0, 1));
        assertThatThrownBy(() -> DataQuality.check(f, "targte", QualityOptions.defaults()))
                .isInstanceOf(UnknownColumnException.class).hasMessageContaining("closest: 'target'");
    }

    @Test
    void oneRowAndAConstantColumnRaiseNoSpuriousFindings() {
        Frame one = Frame.of(NumericColumn.of("x", 3), TextColumn.of("t", "a"));
        assertThat(DataQuality.check(one)).isEmpty();
        Frame constant = Frame.of(numeric("k", 30, i -> 2), numeric("x", 30, i -> i * i));
        List<Finding> found = DataQuality.check(constant, "x", QualityOptions.defaults());
        assertThat(found).extracting(Finding::code).containsExactly("constant");
    }

    @Test
    void infinitiesAreCountedAndLeftOutOfTheOtherChecks() {
        Frame f = Frame.of(NumericColumn.of("x", 1, 2, Double.POSITIVE_INFINITY, 3, 4, Double.NEGATIVE_INFINITY),
                NumericColumn.of("y", 2, 4, 6, 6, 8, 1));
        List<Finding> found = DataQuality.check(f);
        Finding inf = only(found, "infinite_values");
        assertThat(inf.value()).isEqualTo(2);
        assertThat(inf.message()).contains("2 infinite values, left out");
        assertThat(withCode(found, "outliers")).isEmpty();
        assertThat(withCode(found, "check_failed")).isEmpty();
    }

    @Test
    void aMillionDistinctStringsAreAnIdentifierNotAMemoryProblem() {
        String[] ids = new String[1_000_000];
        Arrays.setAll(ids, i -> Integer.toHexString(i * 31 + 7));
        Finding id = only(DataQuality.check(Frame.of(TextColumn.wrap("key", ids))), "identifier");
        assertThat(id.columns()).containsExactly("key");
    }

    @Test
    void aCheckThatThrowsBecomesAFindingAndTheOthersRun() {
        List<Finding> failed = DataQuality.guarded("distribution", "x", () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(failed).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("check_failed");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("the distribution check failed on column 'x' "
                    + "(IllegalStateException: boom); the other checks ran.");
            assertThat(f.toMap()).containsEntry("value", null).containsEntry("severity", "warning");
        });
    }

    @Test
    void optionsRejectOutOfRangeThresholds() {
        assertThatThrownBy(() -> new QualityOptions(1.5, 0.6, 0.9, 0.99, 50, 1, 1.5, 0.05, 0.95, 0.99, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missingWarning must be in [0, 1], got 1.5");
    }

    @Test
    void summariesGivenByTheCallerGiveTheSameFindings() {
        Frame f = Frame.of(numeric("x", 40, i -> i % 10 == 0 ? NA : i * i), categorical("c", 40, i -> i < 39 ? "a" : "b"));
        List<dev.lathe.stats.ColumnSummary> summaries = dev.lathe.stats.Describe.of(f,
                dev.lathe.stats.Describe.Options.defaults().withTopLevels(10));
        assertThat(DataQuality.check(f, null, QualityOptions.defaults(), summaries))
                .isEqualTo(DataQuality.check(f));
        assertThatThrownBy(() -> DataQuality.check(f, null, QualityOptions.defaults(), summaries.subList(0, 1)))
                .hasMessage("the summaries must describe the frame's columns in order [x, c], got [x]");
    }
}
