package dev.lathe.ops.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Training;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gate's checks and margins on breast cancer (classification) and diabetes (regression). */
class QualityGateTest {

    static Frame cancer;
    static FittedPipeline logistic;
    static FittedPipeline prior;

    @BeforeAll
    static void fit() {
        cancer = Datasets.breastCancer();
        String target = Datasets.target("breast_cancer");
        logistic = new Training("logistic_regression", Map.of(), 0.2, 0).run(cancer, null, target).pipeline();
        prior = new Training("baseline", Map.of(), 0.2, 0).run(cancer, null, target).pipeline();
    }

    @Test
    void aGoodCandidatePassesEveryCheckAndSaysByHowMuch() {
        GateResult r = new QualityGate(new GateSpec("roc_auc", 0.85, null, 0.005, 50.0))
                .check(logistic, 2_000_000, cancer, prior, cancer);
        assertThat(r.passed()).isTrue();
        assertThat(r.baseline()).isEqualTo(0.5, within(1e-12)); // class frequencies rank nothing
        assertThat(r.checks()).extracting(GateCheck::name).containsExactly("min", "baseline", "size");
        assertThat(r.checks().get(0).margin()).isEqualTo(r.candidate() - 0.85, within(1e-12));
        assertThat(r.checks().get(1).value()).isEqualTo(r.candidate() - 0.5, within(1e-12));
        assertThat(r.checks().get(2).value()).isEqualTo(2.0);
    }

    @Test
    void aFailedCheckReportsItsShortfall() {
        GateResult r = new QualityGate(new GateSpec("roc_auc", 1.5, null, null, 1.0))
                .check(logistic, 3_000_000, cancer, null, null);
        assertThat(r.passed()).isFalse();
        assertThat(r.checks().get(0).passed()).isFalse();
        assertThat(r.checks().get(0).margin()).isEqualTo(r.candidate() - 1.5, within(1e-12));
        assertThat(r.checks().get(1).passed()).isFalse();
        assertThat(r.checks().get(1).margin()).isEqualTo(-2.0, within(1e-12));
    }

    @Test
    void aCandidateWorseThanTheBaselineFailsInTheMetricsDirection() {
        GateResult worse = new QualityGate(new GateSpec("log_loss", null, null, null, null))
                .check(prior, 1, cancer, logistic, cancer);
        assertThat(worse.greaterIsBetter()).isFalse();
        assertThat(worse.passed()).isFalse();
        assertThat(worse.checks().get(0).value()).isEqualTo(worse.baseline() - worse.candidate(), within(1e-12))
                .isNegative();
    }

    @Test
    void regressionBoundsUseMax() {
        Frame diabetes = Datasets.diabetes();
        FittedPipeline ridge = new Training("ridge", Map.of(), 0.2, 0).run(diabetes, null, "progression").pipeline();
        GateResult r = new QualityGate(new GateSpec("rmse", null, 100.0, null, null)).check(ridge, 1, diabetes, null,
                null);
        assertThat(r.passed()).isTrue();
        assertThat(r.checks().get(0).margin()).isEqualTo(100.0 - r.candidate(), within(1e-12));
    }

    @Test
    void badGatesAreRefused() {
        assertThatThrownBy(() -> new QualityGate(new GateSpec("auc_roc", 0.8, null, null, null)))
                .hasMessageContaining("roc_auc");
        assertThatThrownBy(() -> new GateSpec("roc_auc", 0.9, 0.8, null, null)).hasMessageContaining("above --max");
        assertThatThrownBy(() -> new QualityGate(new GateSpec("roc_auc", null, null, 0.01, null))
                .check(logistic, 1, cancer, null, null)).hasMessageContaining("at least one of");
        assertThatThrownBy(() -> new QualityGate(new GateSpec("rmse", null, 1.0, null, null))
                .check(logistic, 1, cancer, null, null)).hasMessageContaining("regression");
    }
}
