package dev.lathe.data;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Small, well-known real data sets shipped inside Lathe as CSV resources, for examples, tests and
 * tutorials. Each call reads the resource afresh and returns a new {@link Frame} whose last column is the
 * target; class targets are categorical, the regression target numeric. Sources and terms are listed in
 * {@code dev/lathe/data/README.md} next to the files.
 */
public final class Datasets {

    private record Entry(String file, String target, ColumnType targetType) {
    }

    private static final Map<String, Entry> ENTRIES = entries();

    private Datasets() {
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put("iris", new Entry("iris.csv", "species", ColumnType.CATEGORICAL));
        m.put("wine", new Entry("wine.csv", "class", ColumnType.CATEGORICAL));
        m.put("breast_cancer", new Entry("breast_cancer.csv", "diagnosis", ColumnType.CATEGORICAL));
        m.put("diabetes", new Entry("diabetes.csv", "progression", ColumnType.NUMERIC));
        return m;
    }

    /**
     * Fisher's iris flowers: 150 rows, four measurements in cm ({@code sepal_length}, {@code sepal_width},
     * {@code petal_length}, {@code petal_width}) and the categorical target {@code species}
     * ({@code setosa}, {@code versicolor}, {@code virginica}, 50 each). Multi-class classification.
     */
    public static Frame iris() {
        return load("iris");
    }

    /**
     * UCI wine recognition: 178 wines, 13 chemical measurements and the categorical target {@code class}
     * ({@code class_0} 59, {@code class_1} 71, {@code class_2} 48), the cultivar. Multi-class classification.
     */
    public static Frame wine() {
        return load("wine");
    }

    /**
     * Breast Cancer Wisconsin (Diagnostic): 569 rows, 30 features of cell nuclei (mean, standard error
     * and worst value of ten measurements) and the categorical target {@code diagnosis}
     * ({@code malignant} 212, {@code benign} 357). Binary classification.
     */
    public static Frame breastCancer() {
        return load("breast_cancer");
    }

    /**
     * Diabetes progression (Efron et al. 2004): 442 patients, ten raw, unscaled baseline features
     * ({@code age, sex, bmi, bp, s1..s6}) and the numeric target {@code progression}, a measure of
     * disease progression one year later. Regression.
     */
    public static Frame diabetes() {
        return load("diabetes");
    }

    /** The names {@link #load} accepts, in a fixed order: iris, wine, breast_cancer, diabetes. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * The data set called {@code name}.
     *
     * @param name one of {@link #names()}
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static Frame load(String name) {
        Entry entry = entry(name);
        CsvOptions options = CsvOptions.defaults().withDelimiter(',')
                .withTypes(Map.of(entry.target(), entry.targetType()));
        return CsvReader.read(entry.file(), read(entry.file()), options);
    }

    /**
     * The name of the target column of data set {@code name}.
     *
     * @param name one of {@link #names()}
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static String target(String name) {
        return entry(name).target();
    }

    private static Entry entry(String name) {
        Objects.requireNonNull(name, "data set name");
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown data set '" + name + "'; known data sets: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        return entry;
    }

    private static byte[] read(String file) {
        try (InputStream in = Datasets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/lathe/data/" + file
                        + " is missing from the classpath; the Lathe jar is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/lathe/data/" + file, e);
        }
    }
}
