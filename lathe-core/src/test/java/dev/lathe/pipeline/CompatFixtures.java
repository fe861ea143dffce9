package dev.lathe.pipeline;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.prep.feature.KBinsDiscretizer;
import dev.lathe.prep.feature.PolynomialFeatures;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.outlier.Winsorizer;
import dev.lathe.prep.scale.MinMaxScaler;
import dev.lathe.prep.transform.PowerTransformer;
import dev.lathe.prep.scale.StandardScaler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the model-file compatibility fixtures under src/test/resources/compat/ (NAME.lathe, the input it
 * predicts, and the predictions it gave). Existing files are kept: a fixture, once committed, never changes. Run once per format-relevant change, then commit the files; they
 * must keep loading and predicting the same in every later version ({@link CompatibilityTest}).
 *
 * <p>Run: {@code java -cp lathe-core/target/test-classes:lathe-core/target/classes:DEPS dev.lathe.pipeline.CompatFixtures
 * lathe-core/src/test/resources/compat VERSION_TAG}
 */
public final class CompatFixtures {

    private CompatFixtures() {
    }

    /** The pipelines saved as fixtures, by name. */
    static Map<String, FittedPipeline> pipelines() {
        Map<String, FittedPipeline> out = new LinkedHashMap<>();
        out.put("iris_scaled_baseline", Pipeline.of(new BaselineClassifier(), new StandardScaler())
                .fit(Datasets.iris(), "species"));
        out.put("diabetes_median_baseline", Pipeline.of(new BaselineRegressor(BaselineRegressor.Strategy.MEDIAN),
                new StandardScaler()).fit(Datasets.diabetes(), "progression"));
        out.put("iris_poly_logistic", Pipeline.of(new LogisticRegression(), new PolynomialFeatures(),
                new StandardScaler()).fit(Datasets.iris(), "species"));
        out.put("diabetes_prep_ridge", Pipeline.of(new Ridge(), new Winsorizer(), new PowerTransformer(),
                new KBinsDiscretizer(), new MinMaxScaler()).fit(Datasets.diabetes(), "progression"));
        Frame cancer = Datasets.breastCancer();
        out.put("breast_cancer_boosting", Pipeline.of((GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 20)), new NumericImputer()).fit(cancer, "diagnosis"));
        return out;
    }

    /** The rows each fixture predicts: the first 20 of its data set. */
    static Frame input(String name) {
        if (name.startsWith("iris")) {
            return Datasets.iris().head(20);
        }
        return name.startsWith("breast") ? Datasets.breastCancer().head(20) : Datasets.diabetes().head(20);
    }

    /** Writes every fixture with file names prefixed by the tag (e.g. v0.1.0). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String tag = args[1];
        Files.createDirectories(dir);
        for (Map.Entry<String, FittedPipeline> e : pipelines().entrySet()) {
            String base = tag + "_" + e.getKey();
            if (Files.exists(dir.resolve(base + ".lathe"))) {
                continue;
            }
            Frame input = input(e.getKey());
            e.getValue().save(dir.resolve(base + ".lathe"));
            CsvWriter.write(input, dir.resolve(base + ".input.csv"));
            CsvWriter.write(e.getValue().predict(input), dir.resolve(base + ".expected.csv"));
        }
    }
}
