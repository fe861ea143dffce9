package dev.lathe.prep.outlier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Resampler;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutlierFiltersTest {

    private static final ColumnSelector PQ = ColumnSelector.names("p", "q");
    private final Frame data = OutlierData.frame();

    static Stream<Arguments> filtersAndPandasKeptRows() {
        return Stream.of(Arguments.of(new IqrFilter(), "iqr_kept_pq"),
                Arguments.of(new IqrFilter(ColumnSelector.names("p"), 1.5), "iqr_kept_p"),
                Arguments.of(new IqrFilter(PQ, 3), "iqr_kept_pq_k3"),
                Arguments.of(new ZScoreFilter(), "z_kept_pq"),
                Arguments.of(new ZScoreFilter(PQ, 1.7), "z_kept_pq_1_7"),
                Arguments.of(new RobustZScoreFilter(), "robust_kept_pq"));
    }

    /** fixtures/outlier/outliers.json: the rows pandas keeps under each rule (missing values kept). */
    @ParameterizedTest
    @MethodSource("filtersAndPandasKeptRows")
    void keepsTheRowsPandasKeepsAndTheirTargets(Resampler filter, String reference) {
        int[] kept = JsonFixtures.ints(OutlierData.REF.get(reference));
        Resampler.Resampled r = filter.resample(data, OutlierData.rowNumbers());
        assertThat(r.data().rowCount()).isEqualTo(kept.length).isLessThan(data.rowCount());
        assertThat(r.target().size()).isEqualTo(kept.length);
        for (int k = 0; k < kept.length; k++) {
            assertThat(r.target().format(k)).isEqualTo(Integer.toString(kept[k]));
            assertThat(r.data().text("note").get(k)).isEqualTo("row " + kept[k]);
        }
        assertThat(filter.resample(data, null).target()).isNull();
    }

    @Test
    void tukeyFencesByHand() {
        // q's 19 values sorted: Q1 = 4.9 and Q3 = 5.2 (positions 4.5 and 13.5), IQR 0.3, fences [4.45, 5.65] at
        // k = 1.5 and [4.0, 6.1] at k = 3: row 19 (5.9) lies between the two upper fences, row 10 (12.5) beyond both
        ColumnSelector q = ColumnSelector.names("q");
        assertThat(keptRows(new IqrFilter(q, 1.5))).containsExactly(IntStream.range(0, 20)
                .filter(i -> i != 10 && i != 19).toArray());
        assertThat(keptRows(new IqrFilter(q, 3))).containsExactly(IntStream.range(0, 20).filter(i -> i != 10).toArray());
    }

    private int[] keptRows(Resampler filter) {
        Column target = filter.resample(data, OutlierData.rowNumbers()).target();
        return IntStream.range(0, target.size()).map(k -> (int) ((NumericColumn) target).get(k)).toArray();
    }

    @Test
    void aConstantColumnHasNoZScoreOutliers() {
        Frame constant = Frame.of(NumericColumn.of("k", 4, 4, 4, 4), NumericColumn.of("x", 1, 2, 3, 4));
        assertThat(new ZScoreFilter(ColumnSelector.names("k"), 0.5).resample(constant, null).data().rowCount())
                .isEqualTo(4);
    }

    @Test
    void aColumnWithoutSpreadAroundItsMedianIsRefusedByTheRobustFilter() {
        Frame mostlyEqual = Frame.of(NumericColumn.of("k", 0, 0, 0, 1, 9));
        assertThatThrownBy(() -> new RobustZScoreFilter().resample(mostlyEqual, null))
                .hasMessage("robust_z_score_filter cannot score column 'k': its median absolute deviation is 0 (more "
                        + "than half its values equal 0.0); leave it out or use iqr_filter or z_score_filter");
    }

    static Stream<Arguments> filters() {
        return Stream.of(Arguments.of(new IqrFilter(), IqrFilter.NAME), Arguments.of(new ZScoreFilter(), ZScoreFilter.NAME),
                Arguments.of(new RobustZScoreFilter(), RobustZScoreFilter.NAME));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void badInputIsAClearError(Resampler filter, String name) {
        assertThatThrownBy(() -> filter.resample(data.head(0), null))
                .hasMessage(name + " cannot be fitted on data with no rows");
        Frame noValues = data.withColumn(NumericColumn.wrap("e", IntStream.range(0, 20).mapToDouble(i -> Double.NaN)
                .toArray()));
        assertThatThrownBy(() -> filter.resample(noValues, null))
                .hasMessage(name + " needs values in column 'e', which has none in the training data");
        assertThatThrownBy(() -> filter.resample(data, OutlierData.rowNumbers().take(new int[]{0, 1})))
                .hasMessage(name + " got 20 rows but a target of 2");
        Resampler byName = (Resampler) filter.withParams(Map.of("columns", ColumnSelector.names("note")));
        assertThatThrownBy(() -> byName.resample(data, null))
                .hasMessage(name + " needs column 'note' to be numeric, it is text");
        Resampler absent = (Resampler) filter.withParams(Map.of("columns", ColumnSelector.names("r")));
        assertThatThrownBy(() -> absent.resample(data, null)).hasMessageStartingWith("no column 'r'");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new IqrFilter(PQ, -1)).hasMessage("factor must be a finite number at least 0, got -1.0");
        assertThatThrownBy(() -> new ZScoreFilter(PQ, 0))
                .hasMessage("threshold must be a finite number greater than 0, got 0.0");
        assertThatThrownBy(() -> new RobustZScoreFilter().withParams(Map.of("threshold", "high")))
                .hasMessage("hyperparameter 'threshold' expects a number, got 'high'");
        assertThatThrownBy(() -> new IqrFilter(null, 1.5)).hasMessage("columns must be given");
        assertThat(new IqrFilter().params()).containsEntry("factor", 1.5).containsKey("columns");
        assertThat(new ZScoreFilter().params()).containsEntry("threshold", 3.0);
        assertThat(new RobustZScoreFilter().params())
                .containsEntry("threshold", 3.5).containsEntry("columns", ColumnSelector.types(ColumnType.NUMERIC));
    }
}
