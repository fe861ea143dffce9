package dev.lathe.ops.flow.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.ColumnType;
import dev.lathe.prep.impute.NumericImputer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowSpecReaderTest {

    @TempDir
    Path dir;

    private Path spec(String yaml) throws IOException {
        Files.writeString(dir.resolve("data.csv"), "x,y\n1,a\n2,b\n");
        Path file = dir.resolve("flow.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static final String DESIGN = """
            design:
              use_case: find b
              owner: team
              success_metric: roc_auc >= 0.8
            data:
              train: data.csv
              target: y
            """;

    @Test
    void readsEverySectionWithDefaults() throws IOException {
        FlowSpec s = FlowSpecReader.read(spec(DESIGN + """
                  types: {x: numeric}
                checks:
                  min_rows: 2
                  ranges:
                    x: {min: 0, max: 5, mostly: 0.9}
                prep:
                  - numeric_imputer: {strategy: mean}
                  - standard_scaler
                models:
                  - logistic_regression:
                      space:
                        C: {log_uniform: [0.01, 10]}
                  - decision_tree: {params: {max_depth: 3}}
                """));
        assertThat(s.name()).isEqualTo(dir.getFileName().toString());
        assertThat(s.design().success()).isEqualTo(new Threshold("roc_auc", ">=", 0.8));
        assertThat(s.design().priority()).isEqualTo("medium");
        assertThat(s.design().baseline()).isEqualTo("baseline");
        assertThat(s.data().train()).isEqualTo(new DataSource.CsvFile(dir.resolve("data.csv")));
        assertThat(s.data().types()).containsEntry("x", ColumnType.NUMERIC);
        assertThat(s.checks().checks()).extracting(c -> c.name()).containsExactly("target", "min_rows", "ranges");
        assertThat(s.prep()).hasSize(2);
        assertThat(((NumericImputer) s.prep().get(0).step()).strategy()).isEqualTo(NumericImputer.Strategy.MEAN);
        assertThat(s.models()).extracting(Candidate::model).containsExactly("logistic_regression", "decision_tree");
        assertThat(s.models().get(0).space().space().names()).containsExactly("C");
        assertThat(s.models().get(1).params()).containsEntry("max_depth", 3);
        assertThat(s.tune()).isEqualTo(new TuneSpec("random", 10, 5, null));
        assertThat(s.rankingMetric()).isEqualTo("roc_auc");
        assertThat(s.evaluate().metrics()).containsExactly("roc_auc");
        assertThat(s.output().dir()).isEqualTo(dir.resolve("run"));
        assertThat(s.output().model()).isEqualTo(dir.resolve("run/model.lathe"));
    }

    @Test
    void reportsEveryProblemAtOnceWithLinesAndSuggestions() throws IOException {
        Path file = spec("""
                design:
                  use_case: find b
                  owner: team
                  success_metric: roc_acu >= 0.8
                  priorty: high
                data:
                  train: missing.csv
                  target: y
                modles: []
                models:
                  - gradient_boostin
                  - ridge: {space: {}}
                tune:
                  trials: 0
                  method: annealing
                split:
                  test_size: 2
                """);
        assertThatThrownBy(() -> FlowSpecReader.read(file))
                .isInstanceOfSatisfying(FlowSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        file + " line 4: success_metric: unknown metric 'roc_acu'; did you mean 'roc_auc'? known: "
                                + String.join(", ", dev.lathe.eval.Metric.names()),
                        file + " line 5: unknown key 'priorty' in the design section; did you mean 'priority'? known: "
                                + "use_case, priority, owner, success_metric, baseline, latency_ms, model_size_mb",
                        file + " line 7: data file 'missing.csv' not found (looked for " + dir.resolve("missing.csv") + ")",
                        file + " line 9: unknown key 'modles' in the flow spec; did you mean 'models'? known: "
                                + String.join(", ", FlowSpecReader.TOP),
                        file + " line 11: unknown model 'gradient_boostin'; did you mean 'gradient_boosting'? known: "
                                + String.join(", ", dev.lathe.pipeline.ModelCatalog.names()),
                        file + " line 12: model 'ridge' has an empty search space; give at least one hyperparameter, "
                                + "or leave 'space' out to search the model's default space",
                        file + " line 14: 'trials' in the tune section must be between 1 and 10000, got 0",
                        file + " line 15: 'method' in the tune section must be one of grid, random, bayes, got "
                                + "'annealing'",
                        file + " line 17: 'test_size' in the split section must be between 0.01 and 0.99, got 2"))
                .hasMessageStartingWith("9 problems in the flow spec; the first: ");
    }

    @Test
    void readsADatabaseSourceAndNamesWhatIsWrongWithOne() throws IOException {
        Path good = spec(DESIGN.replace("train: data.csv",
                "train: {jdbc: 'jdbc:sqlite:/tmp/x.db?x=1', query: select * from t}") + "models: [ridge]\n");
        DataSource train = FlowSpecReader.read(good).data().train();
        assertThat(train).isEqualTo(new DataSource.Query("jdbc:sqlite:/tmp/x.db?x=1", "select * from t"));
        assertThat(train.label()).isEqualTo("query on jdbc:sqlite:/tmp/x.db");

        Path noQuery = spec(DESIGN.replace("train: data.csv", "train: 'jdbc:postgresql://db/x'") + "models: [ridge]\n");
        assertThatThrownBy(() -> FlowSpecReader.read(noQuery)).hasMessageContaining("line 6: 'train': a database "
                + "source needs a query: {jdbc: URL, query: SELECT ...}");
        Path notJdbc = spec(DESIGN.replace("train: data.csv", "train: {jdbc: 'postgres://db', query: select 1}")
                + "models: [ridge]\n");
        assertThatThrownBy(() -> FlowSpecReader.read(notJdbc)).hasMessageContaining("line 6: 'train': jdbc must be a "
                + "JDBC URL (jdbc:sqlite:FILE, jdbc:postgresql://HOST/DB...), got 'postgres://db'");
    }

    @Test
    void namesBadStepsAndHyperparametersWithTheirLine() throws IOException {
        Path file = spec(DESIGN + """
                prep:
                  - standard_scalar
                  - numeric_imputer: {strategy: mode}
                models: [logistic_regression]
                """);
        assertThatThrownBy(() -> FlowSpecReader.read(file))
                .isInstanceOfSatisfying(FlowSpecException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).startsWith(file + " line 9: step 'standard_scalar': unknown preparation step "
                                + "'standard_scalar'; did you mean 'standard_scaler'?"),
                        p -> assertThat(p).startsWith(file + " line 10: step 'numeric_imputer': hyperparameter "
                                + "'strategy' expects one of")));
    }

    @Test
    void thresholdsParseAndJudge() {
        Threshold t = Threshold.parse("rmse<=40");
        assertThat(t.met(39.5)).isTrue();
        assertThat(t.shortfall(42)).isEqualTo(2);
        assertThatThrownBy(() -> Threshold.parse("roc_auc about 0.8")).hasMessageContaining("'METRIC >= VALUE'");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() throws IOException {
        Path file = spec("design:\n  use_case: [unclosed\n");
        assertThatThrownBy(() -> FlowSpecReader.read(file)).hasMessageStartingWith(file + " line ");
    }
}
