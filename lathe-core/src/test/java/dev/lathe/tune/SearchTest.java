package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.parallel.Parallelism;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import dev.lathe.prep.split.StratifiedKFold;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTest {

    // y is a noiseless-ish linear function of all 5 features: the least penalty must win
    private final Frame linear = Synthetic.regression(120, 5, 5, 1.0, 11);
    private final Pipeline ridge = Pipeline.of(new Ridge(), new StandardScaler());
    private final CrossValidation cv = new CrossValidation(new KFold(5, true, 2), Scorers.named("r2"),
            Scorers.named("rmse"));

    @Test
    void gridFindsTheKnownBestAlphaAndRefitsIt() {
        SearchSpace space = SearchSpace.builder().choice("alpha", 1000.0, 0.001, 10.0).build();
        SearchResult r = Search.grid(space, cv).run(ridge, linear, "y");
        assertThat(r.trials()).hasSize(3);
        assertThat(r.best().params()).containsExactly(Map.entry("alpha", 0.001));
        assertThat(r.ranks("r2")).containsExactly(3, 1, 2);
        assertThat(r.ranks("rmse")).containsExactly(3, 1, 2);
        assertThat(r.leaderboard()).extracting(Trial::number).containsExactly(2, 3, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> estimator = (Map<String, Object>) r.refitted().provenance().spec().get("estimator");
        assertThat(((Map<?, ?>) estimator.get("params")).get("alpha")).isEqualTo(0.001);
        assertThat(r.refitted().provenance().trainingRows()).isEqualTo(120);
    }

    @Test
    void trialScoresEqualCrossValidationByHand() {
        SearchSpace space = SearchSpace.builder().logUniform("alpha", 0.01, 100).build();
        SearchResult r = Search.random(space, 4, 9, cv).run(ridge, linear, "y");
        for (Trial t : r.trials()) {
            Pipeline byHand = Pipeline.of(new Ridge((Double) t.params().get("alpha"), true), new StandardScaler());
            CvResult expected = cv.run(byHand, linear, "y");
            assertThat(t.cv().scores("r2")).containsExactly(expected.scores("r2"));
            assertThat(t.cv().scores("rmse")).containsExactly(expected.scores("rmse"));
        }
    }

    @Test
    void randomSearchWithAFixedSeedReproducesWhateverTheThreadCount() {
        SearchSpace space = SearchSpace.builder().logUniform("alpha", 0.01, 100).build();
        Search search = Search.random(space, 6, 42, cv);
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            SearchResult one = search.run(ridge, linear, "y");
            Parallelism.setThreads(4);
            SearchResult four = search.run(ridge, linear, "y");
            assertThat(four.trials()).extracting(Trial::params).isEqualTo(one.trials().stream().map(Trial::params).toList());
            for (int i = 0; i < 6; i++) {
                assertThat(four.trials().get(i).cv().scores("r2")).containsExactly(one.trials().get(i).cv().scores("r2"));
            }
            assertThat(Search.random(space, 6, 43, cv).run(ridge, linear, "y").trials().get(0).params())
                    .isNotEqualTo(one.trials().get(0).params());
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void resultsTableHasParametersMeansSpreadsRanksAndTimes() {
        Frame iris = Datasets.iris();
        SearchSpace space = SearchSpace.builder().choice("C", 0.01, 10.0).choice("penalty", "l2", "elasticnet")
                .when("penalty", "elasticnet").choice("l1_ratio", 0.5).build();
        CrossValidation accuracy = new CrossValidation(new StratifiedKFold(3, true, 0), Scorers.named("accuracy"));
        SearchResult r = new Search(space, new GridProposer(), accuracy, false)
                .run(Pipeline.of(new LogisticRegression()), iris, "species");
        assertThat(r.refitted()).isNull();
        Frame table = r.table();
        assertThat(table.names()).containsExactly("trial", "param_C", "param_penalty", "param_l1_ratio",
                "mean_accuracy", "std_accuracy", "rank_accuracy", "mean_fit_seconds", "mean_score_seconds");
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.text("param_penalty").get(1)).isEqualTo("elasticnet");
        assertThat(table.numeric("param_l1_ratio").get(0)).isNaN();
        assertThat(table.numeric("param_l1_ratio").get(1)).isEqualTo(0.5);
        Spread s = r.trials().get(2).cv().spread("accuracy");
        assertThat(table.numeric("mean_accuracy").get(2)).isEqualTo(s.mean());
        assertThat(table.numeric("std_accuracy").get(2)).isEqualTo(s.sd());
        assertThat(table.numeric("rank_accuracy").toArray())
                .containsExactly(java.util.Arrays.stream(r.ranks("accuracy")).asDoubleStream().toArray());
        assertThat(r.ranks("accuracy")).contains(1);
    }

    @Test
    void stepHyperparametersAreSetByPositionOrByTypeName() {
        Pipeline p = Pipeline.of(new Ridge(), new NumericImputer(NumericImputer.Strategy.MEDIAN), new StandardScaler());
        Pipeline changed = PipelineParams.with(p, Map.of("0__strategy", "mean", "standard_scaler__with_std", false,
                "alpha", 3));
        assertThat(changed.steps().get(0).params().get("strategy")).isEqualTo(NumericImputer.Strategy.MEAN);
        assertThat(changed.steps().get(1).params().get("with_std")).isEqualTo(false);
        assertThat(changed.estimator().params().get("alpha")).isEqualTo(3.0);
        assertThatThrownBy(() -> PipelineParams.with(p, Map.of("scaler__with_std", false)))
                .hasMessage("parameter 'scaler__with_std' names step 'scaler', but the pipeline's steps are "
                        + "0 numeric_imputer, 1 standard_scaler");
        Pipeline twice = Pipeline.of(new Ridge(), new StandardScaler(), new StandardScaler());
        assertThatThrownBy(() -> PipelineParams.with(twice, Map.of("standard_scaler__with_std", false)))
                .hasMessage("parameter 'standard_scaler__with_std' is ambiguous: several steps are standard_scaler; "
                        + "name the step by position: 0 standard_scaler, 1 standard_scaler");
    }

    @Test
    void unknownNamesAndBadValuesAreClearErrors() {
        SearchSpace typo = SearchSpace.builder().choice("alpah", 1.0).build();
        assertThatThrownBy(() -> Search.grid(typo, cv).run(ridge, linear, "y"))
                .hasMessage("search space parameter 'alpah' is not a hyperparameter of Ridge; did you mean 'alpha'? known: alpha, "
                        + "fit_intercept");
        SearchSpace stepTypo = SearchSpace.builder().choice("standard_scaler__mean", true).build();
        assertThatThrownBy(() -> Search.grid(stepTypo, cv).run(ridge, linear, "y"))
                .hasMessage("search space parameter 'standard_scaler__mean' is not a hyperparameter of StandardScaler;"
                        + " did you mean 'standard_scaler__with_mean'? known: columns, with_mean, with_std");
        SearchSpace negative = SearchSpace.builder().choice("alpha", 1.0, -1.0).build();
        assertThatThrownBy(() -> Search.grid(negative, cv).run(ridge, linear, "y"))
                .hasMessageStartingWith("trial 2 {alpha=-1.0}: alpha must be");
        assertThatThrownBy(() -> Search.grid(SearchSpace.builder().build(), cv).run(ridge, linear, "why"))
                .hasMessageContaining("no column 'why'");
        assertThatThrownBy(() -> new Search(null, new GridProposer(), cv, true))
                .hasMessage("a search needs a space, a proposer and a cross-validation");
        assertThatThrownBy(() -> new RandomProposer(0, 1)).hasMessage("trials must be at least 1, got 0");
        assertThatThrownBy(() -> new GridProposer(1)).hasMessage("points_per_range must be at least 2, got 1");
        TrialProposer none = (space, finished) -> List.of();
        assertThatThrownBy(() -> new Search(typo, none, cv, true).run(Pipeline.of(new Ridge()), linear, "y"))
                .hasMessageStartingWith("search space parameter 'alpah'");
        assertThatThrownBy(() -> new Search(SearchSpace.builder().build(), none, cv, true).run(ridge, linear, "y"))
                .hasMessage("the search proposed no configuration to try");
    }

    @Test
    void bayesianSearchUsesAGaussianProcessForRangesAndParzenEstimatorsOtherwise() {
        CrossValidation cv = new CrossValidation(new dev.lathe.prep.split.KFold(3, true, 0),
                Scorers.defaults(dev.lathe.model.Task.REGRESSION), false, false);
        SearchSpace ranges = SearchSpace.builder().logUniform("alpha", 1e-3, 1e3).integers("n", 1, 5).build();
        SearchSpace choices = SearchSpace.builder().choice("kind", "a", "b").build();
        org.assertj.core.api.Assertions.assertThat(Search.bayes(ranges, 10, 0, cv).proposer())
                .isInstanceOf(GaussianProcessProposer.class);
        org.assertj.core.api.Assertions.assertThat(Search.bayes(choices, 10, 0, cv).proposer())
                .isInstanceOf(TreeParzenProposer.class);
    }

    @Test
    void aGridLargerThanTheTrialBudgetTriesASeededSubsetInGridOrder() {
        SearchSpace space = SearchSpace.builder().choice("alpha", 0.01, 0.1, 1.0, 10.0).choice("fit_intercept", true, false)
                .build();
        GridProposer capped = new GridProposer(5, 3, 7);
        assertThat(capped.gridSize(space)).isEqualTo(8);
        assertThat(capped.planned(space)).isEqualTo(3);
        java.util.List<Map<String, Object>> subset = capped.propose(space, java.util.List.of());
        java.util.List<Map<String, Object>> grid = space.grid(5);
        assertThat(subset).hasSize(3).isSubsetOf(grid).isSortedAccordingTo(java.util.Comparator.comparingInt(grid::indexOf));
        assertThat(new GridProposer(5, 3, 7).propose(space, java.util.List.of())).isEqualTo(subset);
        assertThat(new GridProposer(5, 3, 8).propose(space, java.util.List.of())).isNotEqualTo(subset);
        assertThat(new GridProposer(5, 8, 7).propose(space, java.util.List.of())).isEqualTo(grid);
        assertThat(Search.grid(space, 3, 7, cv).run(ridge, linear, "y").trials()).extracting(Trial::params)
                .isEqualTo(subset);
        assertThatThrownBy(() -> new GridProposer(5, 0, 0)).hasMessage("trials must be at least 1, got 0");
    }
}
