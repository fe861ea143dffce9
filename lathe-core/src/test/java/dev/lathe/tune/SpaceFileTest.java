package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpaceFileTest {

    private static final String LOGISTIC = """
            # logistic regression
            C: {log_uniform: [1e-3, 1000]}
            penalty: [l2, elasticnet]
            l1_ratio:
              uniform: [0, 1]
              when: {penalty: elasticnet}
            max_iter: {integers: [100, 300]}
            tol: {choice: [0.0001, 0.001]}
            """;

    @Test
    void everyKindAndAConditionReadAsTheBuilderWritesThem() {
        SearchSpace expected = SearchSpace.builder()
                .logUniform("C", 1e-3, 1000)
                .choice("penalty", "l2", "elasticnet")
                .when("penalty", "elasticnet").uniform("l1_ratio", 0, 1)
                .integers("max_iter", 100, 300)
                .choice("tol", 0.0001, 0.001)
                .build();
        SpaceFile file = SpaceFile.parse(LOGISTIC, "space.yaml");
        assertThat(file.space()).isEqualTo(expected);
        assertThat(file.lines()).containsEntry("C", 2).containsEntry("l1_ratio", 4).containsEntry("tol", 8);
        assertThat(file.checkedAgainst(Pipeline.of(new LogisticRegression()))).isEqualTo(expected);
    }

    @Test
    void aConditionMayNameSeveralValuesAndStepParametersUseTheirPrefix(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, """
                alpha: [0.1, 1, 10]
                standard_scaler__with_mean: [true, false]
                """);
        SpaceFile file = SpaceFile.read(yaml);
        assertThat(file.space().dimensions().get(0).distribution())
                .isEqualTo(new Distribution.Choice(List.of(0.1, 1, 10)));
        assertThat(file.checkedAgainst(Pipeline.of(new Ridge(), new StandardScaler())).names())
                .containsExactly("alpha", "standard_scaler__with_mean");
        SearchSpace twoValues = SpaceFile.parse("""
                kind: [a, b, c]
                size: {integers: [1, 3], when: {kind: [a, c]}}
                """, "s.yaml").space();
        assertThat(twoValues.dimensions().get(1).parentValues()).containsExactly("a", "c");
        assertThat(SpaceFile.parse("", "empty.yaml").space().dimensions()).isEmpty();
    }

    @Test
    void anUnknownNameGivesItsLineAndTheClosestHyperparameter() {
        SpaceFile file = SpaceFile.parse("alpha: [1.0]\nalpah: [2.0]\n", "space.yaml");
        assertThatThrownBy(() -> file.checkedAgainst(Pipeline.of(new Ridge())))
                .hasMessage("space.yaml line 2: search space parameter 'alpah' is not a hyperparameter of Ridge; "
                        + "did you mean 'alpha'? known: alpha, fit_intercept");
    }

    @Test
    void badRangesAndKindsGiveTheirLine() {
        assertThatThrownBy(() -> SpaceFile.parse("C: {log_uniform: [0.1, 1]}\nalpha: {uniform: [2, 2]}\n", "s.yaml"))
                .hasMessage("s.yaml line 2: parameter 'alpha': the range [2.0, 2.0] is empty: low must be below high");
        assertThatThrownBy(() -> SpaceFile.parse("alpha:\n  uniform: [5, 1]\n", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'alpha': the range [5.0, 1.0] is empty: low must be below high");
        assertThatThrownBy(() -> SpaceFile.parse("depth: {integers: [9, 3]}", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'depth': the range [9, 3] is empty: low is above high");
        assertThatThrownBy(() -> SpaceFile.parse("penalty: []", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'penalty': the list of choices is empty");
        assertThatThrownBy(() -> SpaceFile.parse("C: {log_uniform: [0, 10]}", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'C': a log-uniform range needs low above 0, got 0.0");
        assertThatThrownBy(() -> SpaceFile.parse("\nC: {loguniform: [1, 10]}", "s.yaml"))
                .hasMessage("s.yaml line 2: parameter 'C': unknown kind 'loguniform'; did you mean 'log_uniform'? known: "
                        + "choice, uniform, log_uniform, integers");
        assertThatThrownBy(() -> SpaceFile.parse("C: {uniform: [1, 2, 3]}", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'C': uniform takes [low, high], got 3 value(s)");
        assertThatThrownBy(() -> SpaceFile.parse("C: {uniform: [a, 2]}", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'C': uniform takes numbers, got 'a'");
        assertThatThrownBy(() -> SpaceFile.parse("n: {integers: [1.5, 3]}", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'n': integers takes whole numbers, got 1.5");
        assertThatThrownBy(() -> SpaceFile.parse("C: {uniform: [0, 1], integers: [1, 2]}", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'C': give one kind of values, not uniform and integers");
        assertThatThrownBy(() -> SpaceFile.parse("C: 3", "s.yaml"))
                .hasMessage("s.yaml line 1: parameter 'C': expected a list of choices or a mapping such as "
                        + "{uniform: [0, 1]}, got '3'");
    }

    @Test
    void badConditionsStructureAndSyntaxGiveTheirLine() {
        assertThatThrownBy(() -> SpaceFile.parse("l1_ratio: {uniform: [0, 1], when: {penalty: l1}}\npenalty: [l1]",
                "s.yaml"))
                .hasMessage("s.yaml line 1: search space parameter 'l1_ratio' depends on 'penalty', which is not "
                        + "declared before it");
        assertThatThrownBy(() -> SpaceFile.parse("penalty: [l2]\nl1_ratio: {uniform: [0, 1], when: {penalty: l1}}",
                "s.yaml"))
                .hasMessage("s.yaml line 2: search space parameter 'l1_ratio' depends on penalty=l1, which is not one of "
                        + "its choices [l2]");
        assertThatThrownBy(() -> SpaceFile.parse("a: [1]\nb: [2]\na: [3]\n", "s.yaml"))
                .hasMessage("s.yaml line 3: 'a' is given twice (first on line 1)");
        assertThatThrownBy(() -> SpaceFile.parse("- a\n- b\n", "s.yaml"))
                .hasMessageStartingWith("s.yaml line 1: a search space is a mapping of hyperparameter names");
        assertThatThrownBy(() -> SpaceFile.parse("a: [1, 2\nb: 3", "s.yaml"))
                .hasMessageStartingWith("s.yaml line ").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> SpaceFile.read(Path.of("no/such/space.yaml")))
                .hasMessageStartingWith("cannot read search space file no/such/space.yaml");
    }
}
