package dev.lathe.prep.outlier;

import static dev.lathe.prep.Fixtures.assertValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.ModelFileException;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WinsorizerTest {

    private final Frame data = OutlierData.frame();

    /** fixtures/outlier/outliers.json: pandas Series.quantile(0.05 / 0.95) and Series.clip at them. */
    @Test
    void clipsAtTheTrainingQuantilesPandasComputes() {
        JsonNode ref = OutlierData.REF.get("winsor_05_95");
        Winsorizer.Fitted f = new Winsorizer(0.05, 0.95).fit(data, null);
        assertThat(f.columns()).containsExactly("p", "q");
        Frame out = f.transform(data);
        for (int j = 0; j < 2; j++) {
            String col = f.columns().get(j);
            assertThat(f.lower()[j]).isEqualTo(ref.get(col).get("lower").asDouble());
            assertValues(new double[]{f.upper()[j]}, new double[]{ref.get(col).get("upper").asDouble()}, 1e-12);
            assertValues(out.numeric(col).toArray(), JsonFixtures.doubles(ref.get(col).get("clipped")), 1e-12);
        }
        assertThat(out.text("note").get(6)).isEqualTo("row 6");
    }

    @Test
    void defaultsToThePercentiles() {
        JsonNode ref = OutlierData.REF.get("winsor_01_99");
        Winsorizer.Fitted f = new Winsorizer().fit(data, null);
        assertValues(f.lower(), new double[]{ref.get("p").get("lower").asDouble(), ref.get("q").get("lower").asDouble()},
                1e-12);
        assertValues(f.upper(), new double[]{ref.get("p").get("upper").asDouble(), ref.get("q").get("upper").asDouble()},
                1e-12);
    }

    @Test
    void newRowsAreClippedAtTheTrainingBoundsAndMissingValuesStay() {
        Frame train = Frame.of(NumericColumn.of("x", 0, 1, 2, 3, 4));
        Winsorizer.Fitted f = new Winsorizer(0.25, 0.75).fit(train, null);
        Frame later = Frame.of(NumericColumn.of("x", -10, 1.5, Double.NaN, 100));
        assertThat(f.transform(later).numeric("x").toArray()).containsExactly(1, 1.5, Double.NaN, 3);
    }

    @Test
    void badInputIsAClearError() {
        Winsorizer.Fitted f = new Winsorizer().fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("q")))
                .hasMessage("winsorizer needs column 'q', which the data does not have; columns: [p, note]");
        assertThatThrownBy(() -> new Winsorizer(ColumnSelector.names("note"), 0.1, 0.9).fit(data, null))
                .hasMessage("winsorizer needs column 'note' to be numeric, it is text");
        assertThatThrownBy(() -> new Winsorizer().fit(data.head(0), null))
                .hasMessage("winsorizer cannot be fitted on data with no rows");
        Frame noValues = Frame.of(NumericColumn.of("e", Double.NaN, Double.NaN));
        assertThatThrownBy(() -> new Winsorizer().fit(noValues, null))
                .hasMessage("winsorizer needs values in column 'e', which has none in the training data");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new Winsorizer(-0.1, 0.9)).hasMessage("lower_quantile must be in [0.0, 1.0], got -0.1");
        assertThatThrownBy(() -> new Winsorizer(0.1, 1.2)).hasMessage("upper_quantile must be in [0.0, 1.0], got 1.2");
        assertThatThrownBy(() -> new Winsorizer(0.9, 0.1))
                .hasMessage("lower_quantile must be below upper_quantile, got 0.9 and 0.1");
        assertThatThrownBy(() -> new Winsorizer().withParams(Map.of("upper_quantile", 0.01)))
                .hasMessage("lower_quantile must be below upper_quantile, got 0.01 and 0.01");
        assertThat(new Winsorizer().params().keySet()).containsExactly("columns", "lower_quantile", "upper_quantile");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new Winsorizer().fit(data, null), data);
        Winsorizer onlyP = new Winsorizer(ColumnSelector.names(List.of("p")), 0.2, 0.8);
        RoundTrip.assertSameTransform(onlyP.fit(data, null), data);
    }

    @Test
    void inconsistentSavedBoundsAreRefused() {
        assertThatThrownBy(() -> RoundTrip.saveAndLoad(new Winsorizer.Fitted(List.of("p"), new double[]{2},
                new double[]{1}))).isInstanceOf(ModelFileException.class)
                .hasMessageEndingWith("(winsorizer) has bounds [2.0, 1.0] for column 'p'");
        assertThatThrownBy(() -> RoundTrip.saveAndLoad(new Winsorizer.Fitted(List.of("p", "q"), new double[]{1},
                new double[]{2}))).isInstanceOf(ModelFileException.class)
                .hasMessageEndingWith("(winsorizer) has 2 columns but 1 lower and 1 upper bounds");
    }
}
