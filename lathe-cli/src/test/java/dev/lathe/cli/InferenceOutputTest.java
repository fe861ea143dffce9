package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.NamedInterval;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared table and JSON shapes of {@code lathe stats <test>} output. */
class InferenceOutputTest {

    private static final InferenceResult WELCH = InferenceResult
            .builder("Welch two-sample t-test", "t", -1.8608134674868526, 0.0793941401873583)
            .df(17.776473516178488).alternative(Alternative.TWO_SIDED).nullHypothesis("the two means are equal")
            .estimate(new NamedInterval("difference in means", -1.58, -3.3654832, 0.2054832, 0.95))
            .effectSize(NamedInterval.point("hedges_g", -0.797)).extra("mean_x", 0.75).build();

    @Test
    void jsonCarriesTheAgreedFieldNames() {
        Map<String, Object> json = InferenceOutput.toJson(WELCH, 0.05);
        assertThat(json).containsEntry("statistic", -1.8608134674868526).containsEntry("p_value", 0.0793941401873583)
                .containsEntry("df", 17.776473516178488).containsEntry("ci_low", -3.3654832)
                .containsEntry("ci_high", 0.2054832).containsEntry("effect_size", -0.797)
                .containsEntry("effect_size_ci_low", null).containsEntry("alternative", "two-sided")
                .containsEntry("mean_x", 0.75).containsEntry("reject", false).doesNotContainKey("df2");
    }

    @Test
    void tableAlignsOneQuantityPerLineAndEndsWithTheInterpretation() {
        String table = InferenceOutput.table(WELCH, 0.05);
        assertThat(table).startsWith("Welch two-sample t-test")
                .contains("  statistic            t = -1.86081")
                .contains("  difference in means  -1.58000  95% CI [-3.36548, 0.205483]")
                .contains("  mean x               0.750000")
                .endsWith("p = 0.07939, hedges_g = -0.797" + System.lineSeparator());
    }
}
