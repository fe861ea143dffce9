package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Moments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shapes, class counts and summary values of the bundled data sets. Published values come from each
 * set's description (scikit-learn's {@code descr/*.rst}, which copies the UCI pages) or paper; exact means
 * were recomputed with Python's {@code statistics} module from the scikit-learn source files.
 */
class DatasetsTest {

    @Test
    void irisHasFisherShapeClassesAndMeans() {
        Frame iris = Datasets.iris();
        assertThat(iris.rowCount()).isEqualTo(150);
        assertThat(iris.names()).containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width",
                "species");
        assertAllNumericBut(iris, "species");
        assertThat(levelCounts(iris.categorical("species")))
                .containsExactly(Map.entry("setosa", 50), Map.entry("versicolor", 50), Map.entry("virginica", 50));
        // iris.rst: sepal length min 4.3, max 7.9, mean 5.84, SD 0.83; recomputed mean 5.843333...
        Moments sepal = moments(iris, "sepal_length");
        assertThat(sepal.mean()).isCloseTo(5.8433333333, within(1e-9));
        assertThat(sepal.sd()).isCloseTo(0.83, within(0.005));
        assertThat(sepal.min()).isEqualTo(4.3);
        assertThat(sepal.max()).isEqualTo(7.9);
        assertThat(moments(iris, "petal_width").mean()).isCloseTo(1.20, within(0.005));
    }

    @Test
    void wineHasUciShapeClassesAndMeans() {
        Frame wine = Datasets.wine();
        assertThat(wine.rowCount()).isEqualTo(178);
        assertThat(wine.columnCount()).isEqualTo(14);
        assertThat(wine.names()).startsWith("alcohol", "malic_acid").endsWith("proline", "class")
                .contains("od280_od315_of_diluted_wines");
        assertAllNumericBut(wine, "class");
        assertThat(levelCounts(wine.categorical("class")))
                .containsExactly(Map.entry("class_0", 59), Map.entry("class_1", 71), Map.entry("class_2", 48));
        // wine_data.rst: alcohol mean 13.0, proline mean 746 (SD 315); recomputed 13.000618, 746.893258
        assertThat(moments(wine, "alcohol").mean()).isCloseTo(13.00061797752809, within(1e-9));
        Moments proline = moments(wine, "proline");
        assertThat(proline.mean()).isCloseTo(746.8932584269663, within(1e-9));
        assertThat(proline.sd()).isCloseTo(315, within(0.5));
    }

    @Test
    void breastCancerHasWdbcShapeClassesAndRanges() {
        Frame cancer = Datasets.breastCancer();
        assertThat(cancer.rowCount()).isEqualTo(569);
        assertThat(cancer.columnCount()).isEqualTo(31);
        assertThat(cancer.names()).startsWith("mean_radius").contains("radius_error", "mean_concave_points")
                .endsWith("worst_fractal_dimension", "diagnosis");
        assertAllNumericBut(cancer, "diagnosis");
        assertThat(levelCounts(cancer.categorical("diagnosis")))
                .containsExactly(Map.entry("malignant", 212), Map.entry("benign", 357));
        // breast_cancer.rst: radius (mean) min 6.981, max 28.11; area (worst) max 4254.0
        Moments radius = moments(cancer, "mean_radius");
        assertThat(radius.min()).isEqualTo(6.981);
        assertThat(radius.max()).isEqualTo(28.11);
        assertThat(moments(cancer, "worst_area").max()).isEqualTo(4254.0);
    }

    @Test
    void diabetesHasRawUnscaledFeatures() {
        Frame diabetes = Datasets.diabetes();
        assertThat(diabetes.rowCount()).isEqualTo(442);
        assertThat(diabetes.names()).containsExactly("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5",
                "s6", "progression");
        assertAllNumericBut(diabetes);
        // Efron et al. (2004), Table 1, patient 1: 59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598 (4.9), 87; y 151
        double[] first = diabetes.columns().stream().mapToDouble(c -> ((NumericColumn) c).get(0)).toArray();
        assertThat(first).containsExactly(59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87, 151);
        // diabetes.rst / Efron et al.: target between 25 and 346; recomputed mean 152.133484
        Moments y = moments(diabetes, "progression");
        assertThat(y.min()).isEqualTo(25);
        assertThat(y.max()).isEqualTo(346);
        assertThat(y.mean()).isCloseTo(152.13348416289594, within(1e-9));
        assertThat(moments(diabetes, "age").mean()).isCloseTo(48.51809954751131, within(1e-9));
    }

    @Test
    void loadByNameMatchesTheNamedMethodsAndTargets() {
        assertThat(Datasets.names()).containsExactly("iris", "wine", "breast_cancer", "diabetes");
        assertThat(Datasets.load("breast_cancer").names()).isEqualTo(Datasets.breastCancer().names());
        assertThat(Datasets.names()).map(Datasets::target)
                .containsExactly("species", "class", "diagnosis", "progression");
        for (String name : Datasets.names()) {
            Frame f = Datasets.load(name);
            assertThat(f.names()).last().isEqualTo(Datasets.target(name));
            assertThat(f.columns()).allSatisfy(c -> assertThat(c.missingCount()).isZero());
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Datasets.load("boston"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown data set 'boston'; known data sets: iris, wine, breast_cancer, diabetes");
        assertThatThrownBy(() -> Datasets.target("Iris"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown data set 'Iris'");
    }

    private static void assertAllNumericBut(Frame frame, String... categorical) {
        List<String> cat = List.of(categorical);
        for (Column c : frame.columns()) {
            ColumnType expected = cat.contains(c.name()) ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
            assertThat(c.type()).as(c.name()).isEqualTo(expected);
        }
    }

    private static Map<String, Integer> levelCounts(CategoricalColumn c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        c.levels().forEach(l -> counts.put(l, 0));
        for (int i = 0; i < c.size(); i++) {
            counts.merge(c.get(i), 1, Integer::sum);
        }
        return counts;
    }

    private static Moments moments(Frame frame, String column) {
        return Moments.of(frame.numeric(column).toArray());
    }
}
